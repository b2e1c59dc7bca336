// Loading the knowledge folder the engine needs: reports and the Chinese glossary.
import { loadGlossary, type Glossary } from "../answering/glossary.js";
import { loadKnowledge, type KnowledgeBase } from "./load.js";

export type Knowledge = { kb: KnowledgeBase; glossary: Glossary };

export function loadKnowledgeDir(dir: string): Knowledge {
  return { kb: loadKnowledge(dir), glossary: loadGlossary(dir) };
}
