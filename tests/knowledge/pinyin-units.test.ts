// Money written in transliterated Chinese units ("wan yuan" for 万元, "yi yuan" for 亿元): the number
// counts ten-thousands or hundred-millions of Yuan, and the unit's word is part of the figure, never
// the start of its label. Elsewhere "Yi" is a people and "wan" an English word: left alone.
import { describe, expect, it } from "vitest";
import { findNumbers } from "../../src/knowledge/numbers.js";
import { tagSentence } from "../../src/knowledge/nlp.js";
import { readSentence as read } from "../support/one-sentence.js";

describe("amounts in transliterated Chinese units", () => {
  it("reads 'N wan yuan' and 'N yi yuan' as ten-thousands and hundred-millions of Yuan", () => {
    expect(
      findNumbers("The county paid 3,450 wan yuan for roads and 2.75 yi RMB for water.").map((n) => [
        n.text,
        n.value,
      ]),
    ).toEqual([
      ["3,450 wan", 34_500_000],
      ["2.75 yi", 275_000_000],
    ]);
    expect(findNumbers("The pastures grew by 41 wan mu.")[0]).toMatchObject({ value: 410_000 });
  });

  it("leaves a people named Yi and the adjective 'wan' alone", () => {
    expect(findNumbers("It helped 2,300 Yi households and 15 wan faces.").map((n) => n.value)).toEqual([
      2300, 15,
    ]);
    // Land is never in hundred-millions: "yi mu" is no unit.
    expect(findNumbers("a farm of 7 yi mu").map((n) => n.value)).toEqual([7]);
  });

  it("tags the unit's word as part of the number, as it does 'million'", () => {
    const tags = tagSentence("Loans were 6.4 yi yuan and grants 820 wan yuan.");
    expect(tags.filter((t) => /^(?:yi|wan)$/.test(t.text)).map((t) => t.pos)).toEqual(["NUM", "NUM"]);
  });

  it("labels each part of a breakdown by its own noun, money in Yuan", () => {
    const { entries, provenance, coverage } = read(
      "The city invested 8.2 yi yuan in orchards, of which bank loans were 3.10 yi yuan and funds pooled by cooperatives were 5.10 yi yuan.",
    );
    expect(entries.map((e) => [e.kind, e.value, e.written, e.label])).toEqual([
      ["money", 820_000_000, "8.2 yi yuan", "Funds invested in orchards"],
      ["money", 310_000_000, "3.10 yi yuan", "Bank loans"],
      ["money", 510_000_000, "5.10 yi yuan", "Funds pooled by cooperatives"],
    ]);
    expect(provenance).toEqual([]);
    expect(coverage.violations).toEqual([]);
  });
});
