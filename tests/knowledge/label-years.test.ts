// The year a figure's own words date it to (src/knowledge/label-years.ts yearAfter), read through
// the whole extraction so the tagger's tokens are the ones the loader sees.
import { describe, expect, it } from "vitest";
import { readSentence } from "../support/one-sentence.js";

const yearsOf = (sentence: string) => new Map(readSentence(sentence).entries.map((e) => [e.written, e.year]));

describe("yearAfter: 'at the end of' a year named relative to the report's", () => {
  it("dates 'from N at the end of last year to M at the end of this year' to each figure's year", () => {
    const y = yearsOf(
      "The number of rural poor people fell from 6.92 million at the end of last year to 5.71 million at the end of this year.",
    );
    const reportYear = y.get("5.71 million")!;
    expect(y.get("6.92 million")).toBe(reportYear - 1);
  });

  it("still reads a year written out after 'at the end of'", () => {
    const y = yearsOf(
      "The poor population fell from 5.39 million at the end of 2009 to 4.26 million at the end of 2010.",
    );
    expect(y.get("5.39 million")).toBe(2009);
    expect(y.get("4.26 million")).toBe(2010);
  });
});

describe("yearOfWhenClause: 'YEAR, when N …'", () => {
  it("dates the figures of a clause opened by 'when' after a year to that year", () => {
    const y = yearsOf("Compared with 2010, when 15 bridges were built, the number grew sharply.");
    expect(y.get("15 bridges")).toBe(2010);
  });

  it("does not date a clause opened by 'when' after anything but a year", () => {
    const y = yearsOf("The work started in spring, when 15 bridges were built.");
    expect(y.get("15 bridges")).toBe(2012);
  });
});
