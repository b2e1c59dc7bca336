// A figure whose words lack the noun naming what was asked, a noun the report's labels use for
// other figures, measures something else (unmatched-thing.ts).
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("the thing asked about, missing from a figure that matches the rest", () => {
  const engine = madeUpGansuEngine({
    "Foreign-funded poverty alleviation":
      "As of October 31, the province had put in a total of 36.1174 million Yuan of World Bank project funds.",
    Microfinance: "Banks issued 2.333 billion Yuan of loans for poor areas.",
  });

  it("is refused: project funds are no loan, though the report writes of loans", () => {
    expect(engine.answer("How big is the World Bank loan for the foreign-funded project?").answered).toBe(
      false,
    );
  });

  it("still answers what the figure measures, and the loans", () => {
    expect(engine.answer("How much World Bank project funds had been put in?").value).toBe(36_117_400);
    expect(engine.answer("What was the amount of loans for poor areas?").value).toBe(2_333_000_000);
  });
});

describe("a computation whose inputs do not name the thing asked", () => {
  const engine = madeUpGansuEngine({
    Relocation:
      "Under the principle of differentiated subsidies, the province invested 600 million Yuan of funds in relocation and moved 5,000 households.",
    Microfinance: "Interest subsidies of 70 million Yuan were given for loans to poor households.",
  });

  it("is refused: funds per household are no subsidy, though the sentence mentions subsidies", () => {
    const a = engine.answer("How much subsidy did each relocated household get?");
    expect(a.answered).toBe(false);
  });

  it("still computes what the inputs measure", () => {
    expect(engine.answer("How much relocation funding was invested per household?").value).toBe(120_000);
  });
});
