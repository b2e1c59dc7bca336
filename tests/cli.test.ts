import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { AnswerJsonSchema } from "../src/answering/schema.js";
import { PROJECT_ROOT } from "../src/paths.js";
import { compiled } from "./support/compiled.js";

const run = promisify(execFile);
const cli = (...args: string[]) =>
  run(process.execPath, [compiled("src/surfaces/cli/ask.ts"), ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, LOG_LEVEL: "silent" },
  });

describe("the ask CLI", () => {
  it("prints one JSON object in the documented contract", async () => {
    const { stdout } = await cli("--json", "How many households were relocated?");
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const a = AnswerJsonSchema.strict().parse(JSON.parse(lines[0]!));
    expect(a).toMatchObject({
      answered: true,
      value: 5853,
      unit: "households",
      section: "Relocation for poverty alleviation",
    });
    expect(a.citations[0]!.quote).toContain("5853 households");
  });

  it("answers a batch file one JSON line per question, in order", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "ask-")), "q.txt");
    // The keyword question names its province: knowledge/ may hold other reports with village roads.
    writeFileSync(file, "Henan village roads\n\nWhat is the best pizza in town?\n雨露计划转移就业多少人？\n");
    const { stdout } = await cli("--json", "--batch", file);
    const answers = stdout
      .trim()
      .split("\n")
      .map((l) => AnswerJsonSchema.parse(JSON.parse(l)));
    expect(answers.map((a) => [a.question, a.answered, a.value])).toEqual([
      ["Henan village roads", true, 3005],
      ["What is the best pizza in town?", false, null],
      ["雨露计划转移就业多少人？", true, 189000],
    ]);
  });

  it("prints a readable answer with the quote and section", async () => {
    const { stdout } = await cli("How much was invested in relocation?");
    expect(stdout).toContain("669.37 million Yuan");
    expect(stdout).toContain("— Relocation for poverty alleviation");
  });
});
