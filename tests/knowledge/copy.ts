// An asynchronous withKnowledgeCopy: the store's reload, upload and rollback return promises
// (they build on a worker thread), and the copy must outlive them.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_KNOWLEDGE_DIR } from "../../src/paths.js";

export async function inKnowledgeCopy<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), "report-bot-knowledge-"));
  try {
    cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
    return await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
