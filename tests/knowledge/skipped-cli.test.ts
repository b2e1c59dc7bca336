// The terminal side of a report that does not load beside good ones: validate-knowledge lists it
// with every reason and exits 1 (CI flags it) while saying the rest is served; audit and ask still
// work on the rest. No stack trace anywhere.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_KNOWLEDGE_DIR, PROJECT_ROOT } from "../../src/paths.js";
import { compiled } from "../support/compiled.js";

type Run = { code: number | null; stdout: string; stderr: string };
const STACK = /^\s+at /m;

function run(script: string, args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [compiled(script), ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, LOG_LEVEL: "silent", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

const dir = mkdtempSync(join(tmpdir(), "knowledge-skipped-"));
cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
cpSync(join(import.meta.dirname, "../fixtures/reports/anhui-2012"), join(dir, "reports/anhui-2012"), {
  recursive: true,
});
writeFileSync(join(dir, "reports/anhui-2012/report.txt"), "");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a report that does not load beside good ones, at the terminal", () => {
  it.concurrent("validate-knowledge: the good reports' summary, the skipped report with its reason, exit 1", async () => {
    const r = await run("scripts/validate-knowledge.ts", [], { KNOWLEDGE_DIR: dir });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/^knowledge \w+: 1 report\(s\), 15 sections/);
    expect(r.stderr).toContain("report anhui-2012 (reports/anhui-2012) does not load (1 problem(s)):\n");
    expect(r.stderr).toContain("- [schema] anhui-2012: report text is empty\n");
    expect(r.stderr).toContain("1 report(s) skipped: the bot serves the other 1");
    expect(r.stderr).not.toMatch(STACK);
  });

  it.concurrent("audit: the good reports' checks, the skipped one named on stderr, exit 0", async () => {
    const r = await run("scripts/audit.ts", [], { KNOWLEDGE_DIR: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\d+ checks, \d+ ok/);
    expect(r.stderr).toMatch(
      /^report anhui-2012 \(reports\/anhui-2012\) skipped: \[schema\] anhui-2012: report text is empty$/m,
    );
  });
});
