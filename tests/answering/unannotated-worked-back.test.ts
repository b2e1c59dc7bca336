// The year before a report's year, worked back from the report's own figure and its stated change,
// on a report nobody annotated (understand.ts workedBack, compute.ts workedBack, relations.ts changeOf).
import { afterAll, describe, expect, it } from "vitest";
import { changeOf } from "../../src/answering/relations.js";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";
import type { NumericEntry } from "../../src/knowledge/schema.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

const read = (q: string) => understand(q, fromTerms({}));
afterAll(removeMadeUpReports);

describe("understand: which questions ask for the year before", () => {
  it("reads 'how big' as asking for an amount", () => {
    expect(read("How big was the relief fund in 2011, judging from its 2012 growth?").derivation).toEqual({
      type: "previous-year",
      year: 2011,
    });
  });

  it("reads 'the year before (YEAR)' as the year before the one named", () => {
    expect(read("How many cooperatives were supported the year before 2012?").derivation).toEqual({
      type: "previous-year",
      year: 2011,
    });
    expect(
      read("Wages went up 8% to reach their 2012 level. What were they the year before?").derivation,
    ).toEqual({
      type: "previous-year",
      year: 2011,
    });
  });

  it("reads one year named beside a change as that year, worked back", () => {
    expect(read("Given the growth rate, how much did the relief fund hold in 2010?").derivation).toEqual({
      type: "previous-year",
      year: 2010,
    });
  });

  it("leaves a change measured against the year before alone", () => {
    expect(
      read("By how many Yuan did the fund go up in 2012 compared with the year before?").derivation?.type,
    ).not.toBe("previous-year");
    expect(read("2012 funds increased over the previous year by how much?").derivation?.type).not.toBe(
      "previous-year",
    );
  });
});

const engine = madeUpGansuEngine({
  "Investment of anti-poverty funds":
    "In 2012, a total of 4.25 billion Yuan of anti-poverty funds was invested in Gansu Province, up 17.3% over the previous year and 627 million Yuan more than in 2011. Of this total, 1.62 billion Yuan came from the central government.",
  "Industrial poverty alleviation":
    "In 2012, a total of 2.96 billion Yuan of loans was issued for leading enterprises in poor areas, of which 1.1 billion Yuan went to agricultural processing. The total was 468 million Yuan more than the previous year, up 18.8%.",
});

const placed = (written: string) => {
  const at = engine.kb.entries.findIndex((e) => e.written === written);
  expect(at).toBeGreaterThanOrEqual(0);
  return { e: engine.kb.entries[at] as NumericEntry, at };
};

describe("the figures a year is worked back from", () => {
  it("reads 'N more than in YEAR' as a stated change, not a level", () => {
    const { e, at } = placed("4.25 billion Yuan");
    expect(changeOf(e, at, engine.index)?.changes.map((c) => c.written)).toContain("627 million Yuan");
  });

  it("reads the change of a total from the next sentence that goes on about the total", () => {
    const { e, at } = placed("2.96 billion Yuan");
    expect(changeOf(e, at, engine.index)?.changes.map((c) => c.written)).toEqual([
      "468 million Yuan",
      "18.8%",
    ]);
  });

  it("works the year before back from the stated amount, exactly, not from the change itself", () => {
    const a = engine.answer(
      "From its growth rate, about how much anti-poverty money did Gansu have in 2011?",
    );
    expect(a).toMatchObject({ answered: true, type: "derived", value: 3_623_000_000 });
  });

  it("works back a total whose change the next sentence gives", () => {
    const a = engine.answer(
      "How big were the loans for leading enterprises in 2011, judging from the 2012 total and the increase?",
    );
    expect(a).toMatchObject({ answered: true, type: "derived", value: 2_492_000_000 });
  });
});
