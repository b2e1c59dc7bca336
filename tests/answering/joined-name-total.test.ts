// "How much subsidy in all went to the cellars dug in A and B?": the question reads as a sum of A
// and B, but its "A and B" is one pair of names its best figure's sentence writes whole, so the
// sentence's total is asked (engine.ts totalOfJoinedName): N × M, both cited, never M given back.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("a sum whose two sides are one pair of names in a sentence", () => {
  const engine = madeUpGansuEngine({
    "Water Works":
      "The province built 900 drinking water projects in 2012; in the dry hills of Xiji and Haiyuan, farmers dug 3,000 water cellars with a subsidy of 800 yuan per cellar. Another 210 km of canals were repaired.",
  });

  it("gives the sentence's total: the amount per cellar times the cellars", () => {
    const a = engine.answer("How much subsidy in all went to the water cellars dug in Xiji and Haiyuan?");
    expect(a).toMatchObject({ type: "derived", value: 2_400_000 });
    expect(a.text).toContain("800 yuan × 3,000 water cellars");
  });
});
