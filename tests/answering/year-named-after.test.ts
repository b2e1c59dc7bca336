// "The year before, in 2011", "the previous year, i.e. 2010": the year named after the phrase is the
// year it means, not the year before it (understand.ts yearBefore).
import { describe, expect, it } from "vitest";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const read = (q: string) => understand(q, fromTerms({}));

describe("understand: a year named after 'the year before'", () => {
  it("takes the year after a comma and 'in'", () => {
    expect(
      read("How much special money did the provincial finance put in the year before, in 2011?").derivation,
    ).toEqual({ type: "previous-year", year: 2011 });
  });

  it("takes the year after 'i.e.' and in brackets", () => {
    expect(read("What was the total funding in the previous year, i.e. 2010?").derivation).toEqual({
      type: "previous-year",
      year: 2010,
    });
    expect(read("What was the total funding in the previous year (2010)?").derivation).toEqual({
      type: "previous-year",
      year: 2010,
    });
  });

  it("still reads 'the year before 2012' as 2011", () => {
    expect(read("How many cooperatives were supported the year before 2012?").derivation).toEqual({
      type: "previous-year",
      year: 2011,
    });
  });
});
