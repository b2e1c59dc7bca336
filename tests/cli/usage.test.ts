// Every terminal command answers a wrong command line with one line and its usage (exit 2), and an
// expected failure (invalid knowledge or configuration) with its message (exit 1): never a stack
// trace. The interactive prompt understands help and quit. The scripts run as JavaScript transpiled
// once for the run (tests/support/compiled.ts): what they print does not depend on how they start.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/paths.js";
import { isHelp, isQuit } from "../../src/surfaces/cli/interactive.js";
import { compiled } from "../support/compiled.js";

type Run = { code: number | null; stdout: string; stderr: string };

function run(
  script: string,
  args: string[],
  options: { env?: Record<string, string>; input?: string } = {},
): Promise<Run> {
  return new Promise((resolve) => {
    const env = { ...process.env, LOG_LEVEL: "silent", ...options.env };
    const child = spawn(process.execPath, [compiled(script), ...args], {
      cwd: PROJECT_ROOT,
      env,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdin.end(options.input ?? "");
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

const ASK = "src/surfaces/cli/ask.ts";
const STACK = /^\s+at /m;

// A knowledge folder that fails validation: a report whose meta.json is not JSON.
function invalidKnowledge(): string {
  const dir = mkdtempSync(join(tmpdir(), "bad-knowledge-"));
  mkdirSync(join(dir, "reports/broken"), { recursive: true });
  writeFileSync(join(dir, "reports/broken/meta.json"), "{ not json");
  writeFileSync(join(dir, "reports/broken/report.txt"), "text");
  return dir;
}

function expectUsage(r: Run, name: string, message: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).toMatch(new RegExp(`^${name}: ${message.source}`));
  expect(r.stderr).toMatch(/\nusage: /);
  expect(r.stderr).not.toMatch(STACK);
}

describe("npm run ask", () => {
  it.concurrent("an unknown option: one line and the usage, exit 2", async () => {
    expectUsage(await run(ASK, ["--bogus", "question"]), "ask", /Unknown option '--bogus'/);
  });

  it.concurrent("a missing --batch file: usage, exit 2", async () => {
    expectUsage(
      await run(ASK, ["--json", "--batch", join(tmpdir(), "no-such-questions.txt")]),
      "ask",
      /cannot read --batch file .*no-such-questions\.txt: no such file/,
    );
  });

  it.concurrent("invalid knowledge: the violations, exit 1, no stack trace", async () => {
    const r = await run(ASK, ["How many households were relocated?"], {
      env: { KNOWLEDGE_DIR: invalidKnowledge() },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^knowledge failed validation with 1 problem\(s\):\n- \[schema\] .*meta\.json: not valid JSON/,
    );
    expect(r.stderr).not.toMatch(STACK);
  });

  it.concurrent("interactive: help explains, quit leaves (nothing after it is answered), exit 0", async () => {
    const r = await run(ASK, [], {
      input: "help\n\nHow many households were relocated?\nquit\nHow many people did the Rain Plan train?\n",
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('"help" for examples, "quit" to leave');
    expect(r.stdout).toContain("Type a question about the report");
    expect(r.stdout).toContain("Sections: Overview;");
    expect(r.stdout).toContain("5853 households");
    expect(r.stdout).not.toContain("206300");
  });

  it("interactive: quit, exit (any case, a trailing full stop) and help are commands, questions are not", () => {
    for (const w of ["quit", "exit", "EXIT", "Quit.", " q "]) expect(isQuit(w), w).toBe(true);
    for (const w of ["help", "HELP", "?"]) expect(isHelp(w), w).toBe(true);
    for (const w of [
      "How many households were relocated?",
      "quit smoking programmes",
      "help for poor households",
    ])
      expect(isQuit(w) || isHelp(w), w).toBe(false);
  });

  it.concurrent("--help prints the usage with the exit statuses, exit 0", async () => {
    const r = await run(ASK, ["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: npm run ask/);
    expect(r.stdout).toContain("2 usage error");
  });
});

describe("the other scripts", () => {
  it.concurrent("eval: unknown option or missing question file, exit 2; a malformed line, exit 1", async () => {
    expectUsage(await run("scripts/eval.ts", ["--verbose"]), "eval", /Unknown option '--verbose'/);
    expectUsage(
      await run("scripts/eval.ts", ["no-such-set.jsonl"]),
      "eval",
      /cannot read question file .*no-such-set\.jsonl: no such file/,
    );
    const file = join(mkdtempSync(join(tmpdir(), "eval-")), "q.jsonl");
    writeFileSync(file, '{"id":"a","kind":"count","q":"x"\n');
    const bad = await run("scripts/eval.ts", [file]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/q\.jsonl:1: not JSON/);
    expect(bad.stderr).not.toMatch(STACK);
  });

  it.concurrent("audit and validate-knowledge: invalid knowledge gives the violations, exit 1; a stray argument, exit 2", async () => {
    for (const script of ["scripts/audit.ts", "scripts/validate-knowledge.ts"]) {
      const r = await run(script, [], { env: { KNOWLEDGE_DIR: invalidKnowledge() } });
      expect(r.code, script).toBe(1);
      expect(r.stderr, script).toMatch(/^knowledge failed validation/);
      expect(r.stderr, script).not.toMatch(STACK);
    }
    expectUsage(
      await run("scripts/validate-knowledge.ts", ["extra"]),
      "validate-knowledge",
      /Unexpected argument 'extra'/,
    );
  });

  it.concurrent("chart, deploy-commands and explain: a wrong command line, exit 2", async () => {
    expectUsage(await run("scripts/chart.ts", ["village roads"]), "chart", /--out FILE\.png is required/);
    expectUsage(
      await run("scripts/deploy-commands.ts", ["--dryrun"]),
      "deploy-commands",
      /Unknown option '--dryrun'/,
    );
    expectUsage(await run("scripts/explain.ts", ["--why"]), "explain", /Unknown option '--why'/);
  });
});
