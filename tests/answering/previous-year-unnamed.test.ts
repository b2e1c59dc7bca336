// "… the previous year?" with no year named asks for the year before the report's own: worked back
// from the report's figure and its stated change, as when the year is named.
import { afterAll, describe, expect, it } from "vitest";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { understand } from "../../src/answering/understand.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("understand: the previous year with no year named", () => {
  it("asks for the year before the report's, which the engine fills in", () => {
    const q = understand("how many households got small loans the previous year?", fromTerms({}));
    expect(q.derivation).toEqual({ type: "previous-year", year: undefined });
  });
});

describe("engine: the year before the report's", () => {
  const engine = madeUpGansuEngine({
    "Microfinance and mutual funds":
      "In 2012, the province issued 1.025 billion Yuan of small loans to 68,300 poor households, and the number of households supported increased by 31.3% over the previous year.",
  });

  it("is worked back from the report's figure and its change", () => {
    const a = engine.answer("Roughly how many poor households got small loans the previous year?");
    expect(a.type).toBe("derived");
    expect(a.value).toBeCloseTo(52_018, 0);
  });
});
