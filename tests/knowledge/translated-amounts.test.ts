// Amounts and rates as different translators write them: each form reads as the figure a standard
// form ("RMB 1.2 billion", "12.5%", "2.3 ten thousand yuan") does, and an ambiguous form reads as
// nothing rather than as a wrong figure.
import { describe, expect, it } from "vitest";
import { countedNoun } from "../../src/knowledge/label-figure.js";
import { findNumbers } from "../../src/knowledge/numbers.js";
import { readSentence as read } from "../support/one-sentence.js";

/** The single figure read from a sentence: kind, value, unit and what it was read from. */
function onlyFigure(sentence: string) {
  const { entries, provenance, coverage } = read(sentence);
  expect(provenance).toEqual([]);
  expect(coverage.violations).toEqual([]);
  return entries.map((e) => [e.kind, e.value, e.unit, e.written]);
}

describe("amounts written by different translators", () => {
  it("reads a currency code run into the amount", () => {
    expect(onlyFigure("The county invested RMB1.2 billion in roads.")).toEqual([
      ["money", 1_200_000_000, "Yuan", "RMB1.2 billion"],
    ]);
    expect(onlyFigure("The county invested CNY3.4 million in roads.")).toEqual([
      ["money", 3_400_000, "Yuan", "CNY3.4 million"],
    ]);
    // Any other letters before digits make a code, not an amount.
    expect(findNumbers("along road G310 and line A3")).toEqual([]);
  });

  it("reads the currency's name before the amount, unless it is the unit of an amount before it", () => {
    expect(onlyFigure("The county invested Yuan 2.3 million in roads.")).toEqual([
      ["money", 2_300_000, "Yuan", "Yuan 2.3 million"],
    ]);
    expect(read("Each got 2,000 yuan 15 days later.").entries.map((e) => [e.kind, e.written])).toEqual([
      ["money", "2,000 yuan"],
      ["count", "15 days"],
    ]);
  });

  it("reads the currency code and the upper-case word after the amount", () => {
    expect(onlyFigure("The county invested 3.5 billion CNY in roads.")).toEqual([
      ["money", 3_500_000_000, "Yuan", "3.5 billion CNY"],
    ]);
    expect(onlyFigure("The county invested 3.5 MILLION YUAN in roads.")).toEqual([
      ["money", 3_500_000, "Yuan", "3.5 MILLION YUAN"],
    ]);
  });

  it("reads the abbreviated scales bn, bln and mln, and trillion", () => {
    expect(
      findNumbers("1.2 bn yuan, 3.5bn yuan, 2 bln yuan, 3.5 mln yuan, 1.1 trillion yuan").map((n) => n.value),
    ).toEqual([1.2e9, 3.5e9, 2e9, 3.5e6, 1.1e12]);
    // A lone "m" may be metres: not a scale.
    expect(findNumbers("a 3.5 m wide road").map((n) => n.value)).toEqual([3.5]);
  });

  it("reads digits grouped by spaces as one amount only before a currency", () => {
    expect(onlyFigure("The county invested 10 000 yuan in roads.")).toEqual([
      ["money", 10_000, "Yuan", "10 000 yuan"],
    ]);
    expect(findNumbers("paid 1\u00a0234\u00a0567 yuan").map((n) => n.value)).toEqual([1_234_567]);
    expect(findNumbers("in 5 100 villages").map((n) => n.value)).toEqual([5, 100]);
  });

  it("reads no figure from a comma that groups no thousands ('1,2 million', '12,3456')", () => {
    expect(findNumbers("The county invested 1,2 million yuan.")).toEqual([]);
    expect(findNumbers("a total of 12,3456 yuan")).toEqual([]);
    expect(findNumbers("a total of 12,345 yuan").map((n) => n.value)).toEqual([12_345]);
  });

  it("reads the Chinese units hyphened or with 'one' as the spaced units", () => {
    expect(findNumbers("2.3 ten-thousand yuan").map((n) => n.value)).toEqual([23_000]);
    expect(findNumbers("3.5 10-thousand yuan").map((n) => n.value)).toEqual([35_000]);
    expect(findNumbers("3.5 hundred-million yuan").map((n) => n.value)).toEqual([350_000_000]);
    expect(findNumbers("3.5 100-million yuan").map((n) => n.value)).toEqual([350_000_000]);
    expect(findNumbers("3.5 one hundred million yuan").map((n) => n.value)).toEqual([350_000_000]);
    // Not before a currency, "one hundred million" is a number of its own.
    expect(findNumbers("5 one hundred million").map((n) => n.value)).toEqual([5, 100_000_000]);
  });

  it("reads the plural 'yuans' and 'ten thousands' as the singular", () => {
    expect(onlyFigure("The county invested 3.5 million yuans in roads.")).toEqual([
      ["money", 3_500_000, "Yuan", "3.5 million yuans"],
    ]);
    expect(findNumbers("3.5 ten thousands yuan, 2 10 thousands yuan").map((n) => n.value)).toEqual([
      35_000, 20_000,
    ]);
  });

  it("takes the new scale words off a count's noun", () => {
    for (const written of ["48.6 ten-thousand people", "1.2 mln people", "3.5 hundred thousand people"])
      expect(countedNoun({ kind: "count", written })).toBe("people");
  });

  it("reads 'N hundred' as N hundreds, one figure", () => {
    expect(onlyFigure("The county has three hundred households.")).toEqual([
      ["count", 300, "households", "three hundred households"],
    ]);
    expect(onlyFigure("The county paid 35 hundred yuan to each.")).toEqual([
      ["money", 3_500, "Yuan", "35 hundred yuan"],
    ]);
    expect(countedNoun({ kind: "count", written: "35 hundred households" })).toBe("households");
    expect(findNumbers("5 hundred-year-old trees").map((n) => n.value)).toEqual([5, 100]);
  });

  it("reads 'N hundred thousand' as N hundred-thousands", () => {
    expect(onlyFigure("The county invested 3.5 hundred thousand yuan in roads.")).toEqual([
      ["money", 350_000, "Yuan", "3.5 hundred thousand yuan"],
    ]);
  });
});

describe("rates written by different translators", () => {
  it("reads pct, the full-width ％ and 'percent' run into the number as a percent", () => {
    for (const text of ["12.5 pct", "12.5％", "12.5 ％", "12.5percent", "12.5 per cent"])
      expect(findNumbers(`The rate fell to ${text} in 2012.`)[0]).toMatchObject({
        value: 12.5,
        percent: true,
      });
    // A difference of rates stays no rate.
    expect(findNumbers("rose by 2.5 percentage points")[0]).toMatchObject({ value: 2.5, percent: false });
  });
});
