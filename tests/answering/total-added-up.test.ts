// "How much do the forest ranger allowances add up to?": the subject of "add up" is what is
// totalled; a figure that names none of it (the belt's cooperation funds) gives way to the amount
// given for each of a count (compute.ts totalOf).
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("a total asked with 'add up to'", () => {
  const engine = madeUpGansuEngine({
    "Poverty belt":
      "Cooperation funds of 386 million Yuan were provided by Lanzhou and Tianshui for the belt, with which 57 cooperation projects were implemented. The counties afforested 1.08 million mu in the belt and hired 26,000 poor people as forest rangers, each with an annual allowance of 5,000 Yuan.",
  });

  it("multiplies the allowance by the people it is given to", () => {
    const a = engine.answer("How much do the forest ranger allowances in the belt add up to per year?");
    expect(a).toMatchObject({ type: "derived", value: 130_000_000 });
  });
});
