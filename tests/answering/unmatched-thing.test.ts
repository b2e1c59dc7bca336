// A figure whose words lack the noun naming what was asked, a noun the report's labels use for
// other figures, measures something else (unmatched-thing.ts).
import { afterAll, describe, expect, it } from "vitest";
import { changedThing } from "../../src/answering/unmatched-thing.js";
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

describe("changedThing: what a 'how much did X go up' question asks the change of", () => {
  it("is the last word before the verb of change", () => {
    expect(changedThing("by how much did farmers' income go up in the villages?")).toBe("income");
    expect(changedThing("how much did the number of poor villages decrease?")).toBe("villages");
    expect(changedThing("how much did the province invest?")).toBeUndefined();
  });
});

describe("a figure that does not name the thing whose change is asked", () => {
  const engine = madeUpGansuEngine({
    "Entire village advancement": "It actually completed entire village advancement in 1,012 poor villages.",
    Microfinance: "Small loans raised the income of each household by 2,500 Yuan.",
  });

  it("is refused: villages completed are no change of income", () => {
    const a = engine.answer(
      "By how much did farmers' income go up in the villages that completed entire village advancement?",
    );
    expect(a.answered).toBe(false);
  });

  it("still answers the count asked", () => {
    expect(engine.answer("How many villages completed entire village advancement?").value).toBe(1012);
  });
});

describe("a computation whose inputs' sentence names the thing asked, which no label took up", () => {
  const engine = madeUpGansuEngine({
    Relocation:
      "Under the principle of differentiated subsidies, the province invested 600 million Yuan of funds in relocation and moved 5,000 households.",
  });

  it("is refused in English and in Chinese", () => {
    expect(engine.answer("How much subsidy did each relocated household get?").answered).toBe(false);
    expect(engine.answer("扶贫搬迁每户能拿到多少补贴？").answered).toBe(false);
  });

  it("still computes what the inputs measure", () => {
    expect(engine.answer("How much relocation funding was invested per household?").value).toBe(120_000);
  });
});
