// An asynchronous withKnowledgeCopy: the store's reload, upload and rollback return promises
// (they build on a worker thread), and the copy must outlive them.
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
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

/** Every file under `path` (hidden ones too), with its content: any change on disk changes this. */
export function hashTree(path: string): string {
  const h = createHash("sha256");
  const walk = (p: string) => {
    for (const name of readdirSync(p).sort()) {
      const full = join(p, name);
      if (statSync(full).isDirectory()) walk(full);
      else
        h.update(`${relative(path, full)}\u0000`)
          .update(readFileSync(full))
          .update("\u0000");
    }
  };
  walk(path);
  return h.digest("hex");
}
