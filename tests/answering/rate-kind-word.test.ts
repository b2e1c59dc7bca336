// "Rate" says the figure asked for is a percentage, as "percentage" does: it is no search word, so a
// report that writes "the poverty incidence fell to 8.2%" answers "what was the poverty incidence
// rate?" (understand.ts KIND_WORDS).
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("a rate asked for", () => {
  const engine = madeUpGansuEngine({
    Overview:
      "In 2012, the province lifted 420,000 rural poor people out of poverty, and the poverty incidence fell to 8.2%.",
  });

  it("is the percentage the report gives, though the report never says 'rate'", () => {
    expect(engine.answer("What was the poverty incidence rate at the end of 2012?")).toMatchObject({
      answered: true,
      value: 8.2,
    });
  });
});
