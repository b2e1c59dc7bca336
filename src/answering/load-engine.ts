// Builds an engine from a knowledge folder: the one call every surface makes at start-up.
import { loadKnowledgeDir } from "../knowledge/index.js";
import { createEngine, type Engine } from "./engine.js";

export function loadEngine(knowledgeDir: string): Engine {
  const { kb, glossary } = loadKnowledgeDir(knowledgeDir);
  return createEngine(kb, glossary);
}
