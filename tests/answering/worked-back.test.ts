// "Y went up N% in 2012; what was it in 2011?": the earlier year's figure worked back
// from the later one and its stated change (understand.ts workedBack, compute.ts workedBack).
import { afterAll, describe, expect, it } from "vitest";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

const read = (q: string) => understand(q, fromTerms({}));

describe("understand: the earlier year's figure asked for beside a change", () => {
  it("reads the earlier year in the asking clause with a change named", () => {
    expect(read("if wages rose 8% to reach the 2012 level, what were they in 2011?").derivation).toEqual({
      type: "previous-year",
      year: 2011,
    });
    expect(read("how much did the county spend in 2011, given the 2012 growth rate?").derivation).toEqual({
      type: "previous-year",
      year: 2011,
    });
  });

  it("reads a reduction named as a noun or 'reduced' as a change too", () => {
    expect(
      read("how many poor people were there before the 2012 reduction, at the end of 2011?").derivation,
    ).toEqual({
      type: "previous-year",
      year: 2011,
    });
    expect(
      read("the county reduced its poor by 20% in 2012: how many were there in 2011?").derivation,
    ).toEqual({
      type: "previous-year",
      year: 2011,
    });
  });

  it("leaves the change itself and a question about the later year alone", () => {
    expect(read("how much did wages grow from 2011 to 2012?").derivation?.type).not.toBe("previous-year");
    expect(read("wages rose in 2012 over 2011: what were they in 2012?").derivation).toBeUndefined();
  });
});

const engineFor = madeUpGansuEngine;
afterAll(removeMadeUpReports);

describe("a year's figure worked back from the next year's change", () => {
  const engine = engineFor({
    Overview:
      "In 2012, the per capita net income of farmers in the key counties reached 3,600 Yuan, up 20% over the previous year.",
    Investment:
      "In 2012, the province invested 600 million Yuan of poverty alleviation funds, an increase of 100 million Yuan over the previous year.",
  });

  it("divides by the stated rate", () => {
    const a = engine.answer(
      "Farmers' per capita net income in the key counties went up 20% in 2012; what was it in 2011?",
    );
    expect(a).toMatchObject({ type: "derived", value: 3000 });
    expect(a.text).toContain("3,600 Yuan ÷ (100% + 20%)");
  });

  it("subtracts a stated change in amount", () => {
    const a = engine.answer(
      "How much poverty alleviation funds did the province invest in 2011, given the 2012 increase?",
    );
    expect(a).toMatchObject({ type: "derived", value: 500_000_000 });
  });
});
