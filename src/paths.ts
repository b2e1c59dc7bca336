// Where the project's own files are, whether running from src/ (tsx) or dist/ (compiled).
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

function findRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, "package.json"))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${from}`);
    dir = up;
  }
  return dir;
}

export const PROJECT_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
export const DEFAULT_KNOWLEDGE_DIR = join(PROJECT_ROOT, "knowledge");
export const resolveFromRoot = (path: string) => resolve(PROJECT_ROOT, path);
/** Files this machine can rebuild (the saved engine index): inside node_modules, so git ignores them
 * and `npm ci` starts afresh. Never required: an unwritable folder only means no cache. */
export const CACHE_DIR = join(PROJECT_ROOT, "node_modules", ".cache", "report-bot");
