// A growth rate worked from "raised from A to B" in one sentence when no figure of the year before
// is given (raised-from.ts, compute.ts growthOf).
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("growth from a change 'from A to B'", () => {
  const engine = madeUpGansuEngine({
    "Social security":
      "The school meal subsidy was raised from 800 yuan to 1,000 yuan per pupil per year, covering 42,000 pupils.",
  });

  it("is the change over the level it was raised from", () => {
    const a = engine.answer("By what percentage was the school meal subsidy raised?");
    expect(a).toMatchObject({ type: "derived", value: 25 });
  });
});
