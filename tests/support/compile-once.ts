// vitest globalSetup: transpiles src/, scripts/ and the tests' child-process entry points to
// JavaScript once per run, so a test that starts the bot or a script as a real process runs
// `node <file>.js` instead of `node --import tsx <file>.ts`. tsx's loader hooks every import of
// every child (about 0.8 s of CPU per start here, and the suite starts dozens of children); this is
// the compiler tsx uses (its own esbuild), run once, file by file: no bundling, so the module
// graph, import.meta.url and relative paths stay as under tsx and as in dist/. No type checking
// either (as under tsx): `npm run typecheck` does that.
//
// The output goes under node_modules/.cache (ignored by git, as dist/ is) in a folder of its own per
// run, so two runs in the same tree never share one; it is removed when the run ends. It lies inside
// the project with no package.json of its own: PROJECT_ROOT (src/paths.ts), the "type": "module"
// of package.json and node_modules resolve to the project exactly as they do for src/.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import type { TestProject } from "vitest/node";
import { PROJECT_ROOT } from "../../src/paths.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Root of this run's transpiled tree: <root>/src/…, <root>/scripts/…, <root>/tests/…/support/… (see compiled.ts). */
    compiledRoot: string;
  }
}

/** Where each run's tree goes; stale ones (a run that was killed) are removed after a day. */
export const COMPILED_PARENT = join(PROJECT_ROOT, "node_modules", ".cache", "report-bot-tests");
const STALE_MS = 24 * 3600_000;

function typescriptFiles(dir: string, keep: (rel: string) => boolean): string[] {
  const out: string[] = [];
  const walk = (path: string) => {
    for (const d of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, d.name);
      if (d.isDirectory()) walk(full);
      else if (d.name.endsWith(".ts") && !d.name.endsWith(".d.ts") && keep(relative(PROJECT_ROOT, full)))
        out.push(full);
    }
  };
  walk(join(PROJECT_ROOT, dir));
  return out;
}

function removeStale(): void {
  for (const d of readdirSync(COMPILED_PARENT, { withFileTypes: true })) {
    const path = join(COMPILED_PARENT, d.name);
    try {
      if (Date.now() - statSync(path).mtimeMs > STALE_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // Removed by its own run meanwhile.
    }
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  mkdirSync(COMPILED_PARENT, { recursive: true });
  removeStale();
  const root = mkdtempSync(join(COMPILED_PARENT, "run-"));
  // tsx's own esbuild (tsx depends on it): the transform `npm run dev` applies to these files.
  const tsxRequire = createRequire(createRequire(import.meta.url).resolve("tsx/package.json"));
  const esbuild = tsxRequire("esbuild") as typeof import("esbuild");
  const entryPoints = [
    ...typescriptFiles("src", () => true),
    ...typescriptFiles("scripts", () => true),
    // Files the tests start or preload in a child process; never the test files themselves.
    ...typescriptFiles("tests", (rel) => /\/support\//.test(rel)),
  ];
  const build = (files: string[]) =>
    esbuild.build({
      entryPoints: files,
      outdir: root,
      outbase: PROJECT_ROOT,
      bundle: false,
      format: "esm",
      platform: "node",
      target: "node20",
      tsconfig: join(PROJECT_ROOT, "tsconfig.json"),
      logLevel: "silent",
    });
  try {
    await build(entryPoints);
  } catch {
    // A file that does not parse (someone's edit in progress) fails only the children that load it,
    // as under tsx, instead of every test of the run: the rest are transpiled one by one.
    const failed: string[] = [];
    for (const file of entryPoints)
      await build([file]).catch(() => failed.push(relative(PROJECT_ROOT, file)));
    console.warn(
      `compile-once: could not transpile ${failed.join(", ")}; a child process that loads it fails`,
    );
  }
  project.provide("compiledRoot", root);
  return () => rmSync(root, { recursive: true, force: true });
}
