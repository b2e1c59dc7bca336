// Loading the knowledge folder the engine needs: reports and the Chinese glossary.
import { type Glossary, loadGlossary } from "./glossary.js";
import { type KnowledgeBase, loadKnowledge } from "./load.js";

export type Knowledge = { kb: KnowledgeBase; glossary: Glossary };

export function loadKnowledgeDir(dir: string): Knowledge {
  return { kb: loadKnowledge(dir), glossary: loadGlossary(dir) };
}
