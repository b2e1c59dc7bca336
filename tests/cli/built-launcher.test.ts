// scripts/built.mjs (what `npm run ask` runs): compiled output, built by tsc only when the sources
// changed. Exercised on a one-file project laid out like this one (src/, tsconfig.build.json,
// dist/), so each build takes a second instead of the real project's ten.
import { execFile, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeEach, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/paths.js";

const BUILDING = /building dist\//;
let root: string;

// No @types/node in the probe (loading it is most of a small build's time): declared here instead.
function writeSource(body: string): void {
  writeFileSync(
    join(root, "src/cli/hello.ts"),
    `declare const process: { argv: string[] };\ndeclare const console: { log(...a: unknown[]): void };\n${body}\n`,
  );
}

// Resolves with status and output whatever the exit status (execFile rejects on non-zero).
function launch(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, "scripts/built.mjs"), "src/cli/hello.ts", ...args], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "built-launcher-"));
  mkdirSync(join(root, "scripts"));
  mkdirSync(join(root, "src/cli"), { recursive: true });
  copyFileSync(join(PROJECT_ROOT, "scripts/built.mjs"), join(root, "scripts/built.mjs"));
  copyFileSync(join(PROJECT_ROOT, "tsconfig.build.json"), join(root, "tsconfig.build.json"));
  symlinkSync(join(PROJECT_ROOT, "node_modules"), join(root, "node_modules"), "dir");
  writeFileSync(join(root, "package.json"), JSON.stringify({ name: "probe", type: "module", private: true }));
  // The project's compiler options, minus the include list and the Node types (see writeSource).
  writeFileSync(
    join(root, "tsconfig.json"),
    JSON.stringify({
      extends: join(PROJECT_ROOT, "tsconfig.json"),
      compilerOptions: { rootDir: ".", outDir: "dist", types: [] },
      include: ["src"],
    }),
  );
  writeSource('console.log("one", JSON.stringify(process.argv.slice(2)));');
});

describe("scripts/built.mjs", () => {
  it("builds on the first run, then runs dist/ without building while the sources are unchanged", async () => {
    const first = await launch("a b", "--json");
    expect(first.stderr).toMatch(BUILDING);
    expect(first.stdout).toBe('one ["a b","--json"]\n');
    expect(existsSync(join(root, "dist/cli/hello.js"))).toBe(true);
    const second = await launch("x");
    expect(second.stderr).not.toMatch(BUILDING);
    expect(second.stdout).toBe('one ["x"]\n');
  }, 60_000);

  it("rebuilds when a source changes", async () => {
    await launch();
    writeSource('console.log("two");');
    const changed = await launch();
    expect(changed.stderr).toMatch(BUILDING);
    expect(changed.stdout).toBe("two\n");
  }, 60_000);

  it("builds once when several runs start together", async () => {
    const runs = await Promise.all([launch(), launch(), launch()]);
    expect(runs.map((r) => r.stdout)).toEqual(["one []\n", "one []\n", "one []\n"]);
    expect(runs.filter((r) => BUILDING.test(r.stderr))).toHaveLength(1);
  }, 60_000);

  it("runs the output of code with type errors (as tsx would), saying so", async () => {
    writeSource('const n: number = "not a number";\nconsole.log("ran", n);');
    const run = await launch();
    expect(run.stdout).toBe("ran not a number\n");
    expect(run.stderr).toMatch(/error TS2322[\s\S]*type errors above/);
  }, 60_000);

  it("refuses an entry point outside src/ with its usage, exit 2", async () => {
    const run = await promisify(execFile)(
      process.execPath,
      [join(root, "scripts/built.mjs"), "scripts/x.ts"],
      { cwd: root },
    ).catch((e: { code: number; stderr: string }) => e);
    expect(run).toMatchObject({ code: 2, stderr: expect.stringContaining("usage: node scripts/built.mjs") });
  });
});
