// Money written with the pinyin of the Chinese units kept by a translation: "wan" (万, ten thousand)
// and "yi" (亿, a hundred million) between a number and "yuan" scale it; neither word scales
// anything but a currency.
import { describe, expect, it } from "vitest";
import { findNumbers } from "../../src/knowledge/numbers.js";
import { readSentence as read } from "../support/one-sentence.js";

describe("amounts in 'wan yuan' and 'yi yuan'", () => {
  it("reads 'N wan yuan' as N ten-thousands and 'N yi yuan' as N hundred-millions, one figure each", () => {
    expect(
      findNumbers("The county spent 3,200 wan yuan on roads and 1.5 Yi Yuan on water.").map((n) => [
        n.text,
        n.value,
      ]),
    ).toEqual([
      ["3,200 wan", 32_000_000],
      ["1.5 Yi", 150_000_000],
    ]);
    const { entries, provenance, coverage } = read("The county spent 3,200 wan yuan on roads.");
    expect(entries.map((e) => [e.kind, e.value, e.written])).toEqual([
      ["money", 32_000_000, "3,200 wan yuan"],
    ]);
    expect(provenance).toEqual([]);
    expect(coverage.violations).toEqual([]);
  });

  it("leaves the words alone before anything but a currency", () => {
    expect(findNumbers("Mr Wan met 12 wan households.").map((n) => [n.text, n.value])).toEqual([["12", 12]]);
  });
});
