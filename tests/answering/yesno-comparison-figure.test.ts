// A yes/no comparison gives as its figure the one its comparative points at, the larger for
// "bigger" and the smaller for "smaller", whichever side the question names first (judge.ts).
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("the figure of a yes/no comparison", () => {
  const engine = madeUpGansuEngine({
    "Industrial poverty alleviation":
      "The province allocated 80 million Yuan of discount funds for industrial projects. In addition, the leading enterprises donated money and materials worth 35 million Yuan for poor areas.",
  });

  it("is the larger when the first side is the smaller: the verdict is no", () => {
    const a = engine.answer("Were the leading enterprises' donations bigger than the discount funds?");
    expect(a).toMatchObject({ type: "comparison", verdict: "no", value: 80_000_000 });
  });

  it("is the larger when the first side is the larger: the verdict is yes", () => {
    const a = engine.answer("Were the discount funds bigger than the leading enterprises' donations?");
    expect(a).toMatchObject({ type: "comparison", verdict: "yes", value: 80_000_000 });
  });

  it("is the smaller when the question asks for the smaller", () => {
    const a = engine.answer("Were the discount funds smaller than the leading enterprises' donations?");
    expect(a).toMatchObject({ type: "comparison", verdict: "no", value: 35_000_000 });
  });
});
