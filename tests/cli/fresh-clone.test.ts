// `npm run eval` in a fresh clone: only the repository's own files (no ../shared beside it), so
// the default question set must be one the repo carries.
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/paths.js";
import { cloneFiles } from "../production/support/dockerfile.js";

// The clone's files (tracked, and new ones git does not ignore) copied to a folder of their own;
// node_modules linked in place of `npm ci`.
function freshClone(): string {
  const root = join(mkdtempSync(join(tmpdir(), "clone-")), "report-bot");
  for (const f of cloneFiles(PROJECT_ROOT)) {
    if (!/^(src|scripts|knowledge|assets|tests\/fixtures)\/|^[^/]+$/.test(f)) continue;
    mkdirSync(dirname(join(root, f)), { recursive: true });
    copyFileSync(join(PROJECT_ROOT, f), join(root, f));
  }
  symlinkSync(join(PROJECT_ROOT, "node_modules"), join(root, "node_modules"), "dir");
  return root;
}

describe("a fresh clone", () => {
  it("npm run eval scores the public question set the repo carries", async () => {
    const root = freshClone();
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "scripts/eval.ts", "--json"],
      { cwd: root, env: { ...process.env, LOG_LEVEL: "silent" } },
    );
    const result = JSON.parse(stdout) as { total: number; right: number };
    const carried = readFileSync(join(root, "tests/fixtures/public-questions.jsonl"), "utf8")
      .split("\n")
      .filter((l) => l.trim()).length;
    expect(carried).toBeGreaterThan(0);
    expect(result.total).toBe(carried);
  });
});
