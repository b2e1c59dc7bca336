// Money written in the unit of a hundred million Yuan (亿元 kept by a translation as "100 million
// yuan" after the number): the number counts hundred-millions, the unit's "100" is no figure of its
// own, and a plain "100 million yuan" with no number before it is still one hundred million.
import { describe, expect, it } from "vitest";
import { findNumbers } from "../../src/knowledge/numbers.js";
import { readSentence as read } from "../support/one-sentence.js";

describe("amounts in units of a hundred million Yuan", () => {
  it("reads 'N 100 million yuan' as N hundred-millions of Yuan, one figure", () => {
    expect(
      findNumbers("The county spent 3.27 100 million yuan on roads.").map((n) => [n.text, n.value]),
    ).toEqual([["3.27 100 million", 327_000_000]]);
    const { entries, provenance, coverage } = read(
      "The county spent 3.27 100 million yuan on roads and 2,400 10,000 yuan on water.",
    );
    expect(entries.map((e) => [e.kind, e.value, e.written])).toEqual([
      ["money", 327_000_000, "3.27 100 million yuan"],
      ["money", 24_000_000, "2,400 10,000 yuan"],
    ]);
    expect(provenance).toEqual([]);
    expect(coverage.violations).toEqual([]);
  });

  it("reads the words 'hundred million' after a number as that many hundred-millions", () => {
    expect(findNumbers("Loans of 1.6 hundred million RMB were issued.")[0]).toMatchObject({
      text: "1.6 hundred million",
      value: 160_000_000,
    });
  });

  it("keeps a plain '100 million yuan' and a year before it as they are", () => {
    expect(findNumbers("The city earmarked 100 million yuan.").map((n) => n.value)).toEqual([1e8]);
    expect(findNumbers("in 2012 100 million yuan was paid").map((n) => n.value)).toEqual([2012, 1e8]);
    // Not before a currency: two numbers ("5 100 million-strong" is no unit).
    expect(findNumbers("5 100 million people").map((n) => n.value)).toEqual([5, 1e8]);
  });
});
