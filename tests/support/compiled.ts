// The JavaScript of a TypeScript file of this project, as transpiled for this test run by
// compile-once.ts (vitest's globalSetup): start child processes with `node compiled(path)`, not
// `node --import tsx path`. The tree mirrors the project's, so relative imports, import.meta.url
// and PROJECT_ROOT behave as they do from the sources.
import { isAbsolute, join, relative } from "node:path";
import { inject } from "vitest";
import { PROJECT_ROOT } from "../../src/paths.js";

/** `source`: a .ts path, absolute or relative to the project root (src/…, scripts/…, tests/…/support/…). */
export function compiled(source: string): string {
  const root = inject("compiledRoot");
  if (!root)
    throw new Error(
      "no compiled tree: run the tests through vitest.config.ts (its globalSetup is tests/support/compile-once.ts)",
    );
  const rel = isAbsolute(source) ? relative(PROJECT_ROOT, source) : source;
  if (rel.startsWith("..") || !rel.endsWith(".ts"))
    throw new Error(`not a TypeScript file of the project: ${source}`);
  return join(root, rel.replace(/\.ts$/, ".js"));
}
