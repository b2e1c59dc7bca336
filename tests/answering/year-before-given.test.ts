// The year before worked back without a change word: "in 2011, given the 2012 amount" gives the
// later year's figure to work from; "in 2011, before they raised it" names the level before the
// change by a verb of its own. Both read as the year named, worked back from the next one.
import { afterAll, describe, expect, it } from "vitest";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

const read = (q: string) => understand(q, fromTerms({})).derivation;

describe("the year before, given the later figure or a change by a verb", () => {
  it("reads 'given the YEAR amount' after the earlier year as working back", () => {
    expect(read("How much bridge money was spent in 2011, given the 2012 amount?")).toEqual({
      type: "previous-year",
      year: 2011,
    });
  });

  it("reads 'before they raised it' with one year as that year's level", () => {
    expect(read("what was the housing grant per household in 2011, before they raised it?")).toEqual({
      type: "previous-year",
      year: 2011,
    });
  });

  it("leaves money raised by someone alone", () => {
    expect(read("How much money did the villagers raise in 2011?")?.type).not.toBe("previous-year");
  });

  const engine = madeUpGansuEngine({
    Housing:
      "The housing grant was raised to 8,000 Yuan per household, 2,500 Yuan more than last year. The bridge fund reached 90 million Yuan, 1.5 times that of the previous year.",
  });

  it("works the earlier levels back", () => {
    expect(
      engine.answer("What was the housing grant per household in 2011, before they raised it?"),
    ).toMatchObject({ type: "derived", value: 5500 });
    expect(engine.answer("How big was the bridge fund in 2011, given the 2012 amount?")).toMatchObject({
      type: "derived",
      value: 60_000_000,
    });
  });
});
