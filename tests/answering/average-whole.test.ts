// "How much was invested per completed village": the total invested is averaged, not a part of
// it whose own words ("raised by the villagers") happen to match the unit after "per"
// (compute.ts wholeBeforeItsParts).
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("an average over a whole and its parts", () => {
  const engine = madeUpGansuEngine({
    "Entire village advancement":
      "By the end of the year, projects had been completed in 1,236 villages. A total of 1.274 billion yuan was invested, of which 486 million yuan came from financial poverty alleviation funds and 176 million yuan was raised by the villagers themselves.",
  });

  it("averages the whole", () => {
    const a = engine.answer("On average, how much was invested per completed village?");
    expect(a.value).toBeCloseTo(1_274_000_000 / 1236, 0);
  });
});
