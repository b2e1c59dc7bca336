// The engine on an independent question set written blind from the report (tests/fixtures):
// a floor on accuracy per kind, so a change that helps one phrasing and hurts others shows.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EvalQuestionSchema, scoreAnswer } from "../../src/eval/score.js";
import { PROJECT_ROOT } from "../../src/paths.js";
import { realEngine } from "../support/knowledge.js";

// Two sets, each written blind from the report by someone who had not seen the public set.
const questions = ["dev-questions.jsonl", "dev-questions-2.jsonl"].flatMap((file) =>
  readFileSync(join(PROJECT_ROOT, "tests/fixtures", file), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => EvalQuestionSchema.parse(JSON.parse(l))),
);

describe("generalisation to the independent dev question sets", () => {
  const results = questions.map((q) => ({ q, ...scoreAnswer(q, realEngine().answer(q.q)) }));

  it("answers at least 85% of all questions right", () => {
    const right = results.filter((r) => r.right).length;
    expect(right / results.length).toBeGreaterThanOrEqual(0.85);
  });

  it("never answers an out-of-scope question", () => {
    expect(results.filter((r) => r.q.kind === "oos" && !r.right).map((r) => r.q.q)).toEqual([]);
  });

  it.each(["direct", "typo", "short", "zh", "computed", "qualitative"])("gets at least two thirds of the %s questions right", (kind) => {
    const ofKind = results.filter((r) => r.q.kind === kind);
    expect(ofKind.length).toBeGreaterThan(0);
    expect(ofKind.filter((r) => r.right).length / ofKind.length).toBeGreaterThanOrEqual(2 / 3);
  });
});
