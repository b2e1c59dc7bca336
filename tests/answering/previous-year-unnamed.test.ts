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

describe("engine: a year named that is the one before the report's", () => {
  const engine = madeUpGansuEngine({
    "Microfinance and mutual funds":
      "Financial institutions issued a total of 1.386 billion Yuan of small loans to poor households, up 26% over the previous year.",
  });

  it("is worked back from the change the report states, not refused for want of that year's figures", () => {
    const a = engine.answer("How much were the small loans to poor households in 2011?");
    expect(a.type).toBe("derived");
    expect(a.value).toBeCloseTo(1_100_000_000, -5);
  });
});

describe("engine: the year before the report's, in a report that holds other figures of that year", () => {
  const engine = madeUpGansuEngine({
    Overview:
      "The rural poor population fell from 2.1 million at the end of 2011 to 1.8 million at the end of 2012.",
    "Investment of funds":
      "In 2012, a total of 3.2 billion Yuan of poverty alleviation funds was put in for the province, an increase of 500 million Yuan over the previous year.",
  });

  it("is worked back, and a total asked for by name is such a figure, not items to add", () => {
    const a = engine.answer("What was the total amount of poverty alleviation funds in 2011?");
    expect(a).toMatchObject({ type: "derived", value: 2_700_000_000 });
  });
});

describe("engine: a growth stated in a sentence of its own for a figure named earlier", () => {
  const engine = madeUpGansuEngine({
    "Investment of funds":
      "In 2012, a total of 4.2 billion Yuan of anti-poverty funds was invested in the province, of which 1.25 billion Yuan was from the central government and 800 million Yuan was from the provincial government. The total investment was 700 million Yuan more than the 3.5 billion Yuan of the previous year, and the central funds were up 25% over the previous year.",
  });

  it("works that figure back with the growth its name is given", () => {
    const a = engine.answer("How much did the central government put into anti-poverty funds in 2011?");
    expect(a).toMatchObject({ type: "derived", value: 1_000_000_000 });
    expect(a.arithmetic).toContain("1.25 billion Yuan ÷ (100% + 25%)");
  });
});

describe("engine: the change of a total stated in the next sentence by its name", () => {
  const engine = madeUpGansuEngine({
    "Investment of funds":
      "In 2012, a total of 6 billion Yuan of financial anti-poverty funds was issued for the province, of which 2.5 billion Yuan was from the central government. The anti-poverty funds of the province increased by 1 billion Yuan over the previous year, up 20%.",
  });

  it("works the total back with the amount, when the question names the year and calls it the year before", () => {
    const a = engine.answer(
      "What was the total of the financial anti-poverty funds in 2011, the year before?",
    );
    expect(a).toMatchObject({ type: "derived", value: 5_000_000_000 });
    expect(a.arithmetic).toContain("6 billion Yuan − 1 billion Yuan");
  });
});
