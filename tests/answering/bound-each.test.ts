// A yes/no bound written as an amount "each" (judge.ts PER_ASKED) is a bound on a figure per unit,
// not on a total. A made-up report loaded from disk.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

const engine = madeUpGansuEngine({
  "Mutual funds":
    " The central and provincial governments allocated 61.87 million Yuan for the mutual funds pilots, which issued loans to 18,900 poor households, and the income growth per household reached 1,700 Yuan.",
});

describe("a bound written as 'N yuan each'", () => {
  it("checks the figure per household", () => {
    const a = engine.answer(
      "Did families in the mutual funds pilots see their income go up by more than 2,000 yuan each?",
    );
    expect(a).toMatchObject({ type: "yesno", verdict: "no", value: 1700 });
  });
});
