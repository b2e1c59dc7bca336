// An amount averaged per unit is the whole when one of its parts ties it only on the per-unit noun
// ("village" in "villagers"): average-whole.ts. The Zhejiang 2012 fixture report, whose village
// advancement money is a whole with the villagers' own part last in its sentence.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/paths.js";
import { madeUpEngine, madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);
const folder = join(PROJECT_ROOT, "tests", "fixtures", "reports", "zhejiang-2012");
const zhejiang = madeUpEngine(
  readFileSync(join(folder, "report.txt"), "utf8"),
  JSON.parse(readFileSync(join(folder, "meta.json"), "utf8")),
);

describe("the amount averaged per village", () => {
  it("is the whole invested, not the villagers' part", () => {
    // Before: 176 million ÷ 1,236 (the villagers' part, matching "village" in "villagers").
    const a = zhejiang.answer(
      "On average, how much was invested per completed village in entire village advancement?",
    );
    expect(a).toMatchObject({ type: "derived" });
    expect(a.value).toBeCloseTo(1_274_000_000 / 1236, 0);
  });

  it("is still the part when the question names it", () => {
    const a = zhejiang.answer(
      "On average, how much did the villagers raise themselves per completed village in entire village advancement?",
    );
    expect(a.value).toBeCloseTo(176_000_000 / 1236, 0);
  });
});

describe("average: a total written before its parts after a colon", () => {
  const engine = madeUpGansuEngine({
    "Whole-Village Advancement":
      "In 2012, the province planned to carry out whole-village advancement in 2,400 villages. By the end of December the task had been completed in 2,532 villages, with a total investment of RMB 3.118 billion: fiscal poverty alleviation funds of 1.204 billion yuan, integrated departmental funds of 1.386 billion yuan and 528 million yuan raised by the farmers themselves.",
  });

  it("divides the total, not a part the question names nothing of", () => {
    const a = engine.answer(
      "On average, how much was invested in each village that completed whole-village advancement?",
    );
    expect(a).toMatchObject({ type: "derived" });
    expect(a.value).toBeCloseTo(3_118_000_000 / 2_532, 0);
  });
});
