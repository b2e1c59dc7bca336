// "At the start of 2013", "before the 2013 reduction": the level a year opened with is the year
// before's closing level, worked back from the year's level and its stated change; the year's own
// level is an input, never the answer. A change and its level may count one thing in two words
// ("by 1.2 million people … to 5.1 million residents").
import { afterAll, describe, expect, it } from "vitest";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { sameCountedUnit } from "../../src/knowledge/units.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

const read = (q: string) => understand(q, fromTerms({})).derivation;

describe("the level a year started from", () => {
  it("reads 'at the start of YEAR' and 'before the YEAR reduction' as the year before", () => {
    expect(read("How many poor people were there at the start of 2012?")).toEqual({
      type: "previous-year",
      year: 2011,
    });
    expect(read("How many poor people did the province have before the 2012 reduction?")).toEqual({
      type: "previous-year",
      year: 2011,
    });
    expect(read("How many poor people were there in 2012, before that year's decline?")).toEqual({
      type: "previous-year",
      year: 2011,
    });
  });

  it("leaves a question about the year's own level alone", () => {
    expect(read("How many poor people were there at the end of 2012?")).toBeUndefined();
  });

  it("reads residents and people as one unit, households as another", () => {
    expect(sameCountedUnit("people", "residents")).toBe(true);
    expect(sameCountedUnit("people", "households")).toBe(false);
  });

  const engine = madeUpGansuEngine({
    Overview:
      "In 2012, Gansu Province reduced its rural poor population by 1.2 million people, and by the end of the year the number of rural poor residents had dropped to 5.1 million. 80 counties took part.",
  });

  it("adds the year's reduction back to its closing level", () => {
    const a = engine.answer("How many rural poor people did Gansu have at the start of 2012?");
    expect(a).toMatchObject({ type: "derived", value: 6_300_000 });
  });
});
