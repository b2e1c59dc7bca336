// The year a sentence's figures belong to (src/knowledge/extract.ts): a year phrase that follows
// another figure in its clause is that figure's year, not the whole sentence's.
import { describe, expect, it } from "vitest";
import { extractEntries } from "../../src/knowledge/extract.js";
import { TEST_REPORT_META } from "../support/knowledge.js";

/** The year of each figure of one sentence, by the figure as written. */
function years(sentence: string): Map<string, number | null> {
  const entries = extractEntries(
    { ...TEST_REPORT_META, year: 2013 },
    [{ title: "S", text: sentence, sentences: [sentence] }],
    [],
  );
  return new Map(entries.map((e) => [e.written, e.year]));
}

describe("sentence year: a year after a compared figure", () => {
  it("belongs to the compared figure; the first figure keeps the report's year", () => {
    const y = years(
      "By the end of the year, the province had built 312 bridges, compared with 270 bridges in 2012.",
    );
    expect(y.get("312 bridges")).toBe(2013);
    expect(y.get("270 bridges")).toBe(2012);
  });

  it("still dates the whole sentence when it opens it", () => {
    const y = years("In 2012, the province built 270 bridges and 40 wells.");
    expect(y.get("270 bridges")).toBe(2012);
    expect(y.get("40 wells")).toBe(2012);
  });
});

describe("sentence year: a year after a participle", () => {
  it("dates the noun it follows; the year the verb is said in dates the sentence", () => {
    const y = years(
      "The projects launched in 2012 in Min County, with a total investment of 47.3 million Yuan, were completed in November 2013.",
    );
    expect(y.get("47.3 million Yuan")).toBe(2013);
  });

  it("a month 'by' a year is a deadline ahead, not the sentence's year", () => {
    const y = years(
      "By the end of December, eight of the ten pilot counties had completed the projects, and two were expected to complete theirs by June 2014.",
    );
    expect(y.get("eight")).not.toBe(2014);
  });
});
