// Real knowledge, loaded once per test file, and throwaway copies of the knowledge folder on disk.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadEngine } from "../../src/answering/load-engine.js";
import { DEFAULT_KNOWLEDGE_DIR } from "../../src/paths.js";

let engine: ReturnType<typeof loadEngine> | undefined;
export function realEngine() {
  engine ??= loadEngine(DEFAULT_KNOWLEDGE_DIR);
  return engine;
}

/** A copy of knowledge/ in a temp folder; the callback may break it. Removed afterwards. */
export function withKnowledgeCopy<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "report-bot-knowledge-"));
  try {
    cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const HENAN = join("reports", "henan-2011");
