// Two amounts in the sentence of the count an average divides by, matching the question alike: the
// one nearer the count is averaged (compute.ts nearerToItsCount). A made-up report loaded from disk.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("an average of the amount the count goes with", () => {
  const engine = madeUpGansuEngine({
    "Microfinance and mutual funds":
      "In 2012, the province invested 55 million Yuan of small loan discount funds and issued a total of 1.386 billion Yuan of small loans, helping 46,200 poor households develop income-generating industries.",
  });

  it("divides the loans that helped the households, not the discount funds before them", () => {
    const a = engine.answer(
      "On average, how much small loan money did each supported household get in 2012?",
    );
    expect(a).toMatchObject({ type: "derived", value: 30_000 });
  });
});
