// Money written in the unit of ten thousand Yuan (万元 kept by a translation): after the number
// ("N 10,000 Yuan") or declared once for a table in prose ("(unit: 10,000 Yuan): A County 3,020;
// …"). The amounts are read in Yuan, the unit's own number is no figure, and both checks still hold.
import { describe, expect, it } from "vitest";
import { findNumbers } from "../../src/knowledge/numbers.js";
import { readSentence as read } from "../support/one-sentence.js";

describe("amounts in units of ten thousand Yuan", () => {
  it("reads a number followed by '10,000 Yuan' as that many ten-thousands", () => {
    expect(findNumbers("Fujian gave 7,300 10,000 Yuan of aid.")[0]).toMatchObject({
      text: "7,300 10,000",
      value: 73_000_000,
    });
    // Not before a currency: two numbers.
    expect(findNumbers("3 10,000 households").map((n) => n.value)).toEqual([3, 10_000]);
    const { entries, provenance, coverage } = read(
      "Fujian gave 7,300 10,000 Yuan of aid funds to 12 counties.",
    );
    const money = entries.find((e) => e.kind === "money")!;
    expect(money).toMatchObject({ value: 73_000_000, unit: "Yuan", written: "7,300 10,000 Yuan" });
    expect(entries.some((e) => e.value === 10_000)).toBe(false);
    expect(provenance).toEqual([]);
    expect(coverage.violations).toEqual([]);
  });

  it("reads the unit half in digits, '10 thousand yuan', the same way, and only before a currency", () => {
    expect(findNumbers("The county arranged 1,280 10 thousand yuan of matching funds.")[0]).toMatchObject({
      text: "1,280 10 thousand",
      value: 12_800_000,
    });
    expect(findNumbers("In 2013 10 thousand households moved.").map((n) => n.value)).toEqual([2013, 10_000]);
  });

  it("reads a number followed by the words 'ten thousand' as that many ten-thousands of any noun", () => {
    expect(findNumbers("Over the year, 35.2 ten thousand farmers found jobs.")[0]).toMatchObject({
      text: "35.2 ten thousand",
      value: 352_000,
    });
    const { entries, provenance, coverage } = read("Over the year, 35.2 ten thousand farmers found jobs.");
    expect(entries.map((e) => [e.value, e.unit, e.label])).toEqual([
      [352_000, "farmers", "Farmers that found jobs"],
    ]);
    expect(provenance).toEqual([]);
    expect(coverage.violations).toEqual([]);
  });

  it("reads the bare numbers after a table's unit declaration as amounts in that unit, by row", () => {
    const { entries, provenance, coverage } = read(
      "Funds by township (unit: 10,000 Yuan): Hexi Township 1,250; Dongping Township 980.",
    );
    expect(entries.map((e) => [e.kind, e.value, e.label])).toEqual([
      ["money", 12_500_000, "Funds by township: Hexi Township"],
      ["money", 9_800_000, "Funds by township: Dongping Township"],
    ]);
    expect(provenance).toEqual([]);
    expect(coverage.violations).toEqual([]);
    expect(coverage.skipped.map((s) => s.text)).toEqual(["10,000"]);
  });

  it("reads a row that writes its own unit after a declaration in that unit, not the unit twice", () => {
    const { entries, provenance } = read(
      "Funds by source (unit: ten thousand yuan): central funds 148,600 ten thousand yuan; county funds 2,400.",
    );
    expect(entries.filter((e) => e.kind === "money").map((e) => e.value)).toEqual([
      1_486_000_000, 24_000_000,
    ]);
    expect(provenance).toEqual([]);
  });

  it("reads rows that set their name off with a colon, titled by a passive clause's noun and verb", () => {
    const { entries, provenance, coverage } = read(
      "The aid was spent as follows (unit: 10,000 yuan): Road building: 2,140; Clean water: 860.",
    );
    expect(entries.map((e) => [e.kind, e.value, e.label])).toEqual([
      ["money", 21_400_000, "Aid spent: Road building"],
      ["money", 8_600_000, "Aid spent: Clean water"],
    ]);
    expect(provenance).toEqual([]);
    expect(coverage.violations).toEqual([]);
  });

  it("leaves a number with a noun of its own after the declaration as a count", () => {
    const { entries } = read("Funds by township (unit: 10,000 Yuan): Hexi Township 1,250 for 3 villages.");
    expect(entries.map((e) => [e.kind, e.value])).toEqual([
      ["money", 12_500_000],
      ["count", 3],
    ]);
  });

  it("reads the bare numbers of a sentence that states its unit in words, labelled by the grammar", () => {
    const { entries, provenance, coverage } = read(
      "Measured in 10,000 yuan, the integrated investment reached 84,600 in the Qinba pilot counties and 52,300 in the Wumeng pilot counties.",
    );
    expect(entries.map((e) => [e.kind, e.value])).toEqual([
      ["money", 846_000_000],
      ["money", 523_000_000],
    ]);
    expect(entries[0]!.label).toMatch(/integrated investment/i);
    expect(provenance).toEqual([]);
    expect(coverage.violations).toEqual([]);
    expect(coverage.skipped.map((s) => s.text)).toEqual(["10,000"]);
  });

  it("does not read a per-household amount of 10,000 yuan as a declaration", () => {
    const { entries } = read("Each relocated household received 10,000 yuan, and 1,200 households moved.");
    expect(entries.map((e) => [e.kind, e.value])).toEqual([
      ["money", 10_000],
      ["count", 1_200],
    ]);
  });

  it("reads an amount with the currency written before it as money", () => {
    const { entries, provenance, coverage } = read(
      "The province put in RMB 1.36 billion and ¥1,500 per household.",
    );
    expect(entries.map((e) => [e.kind, e.value, e.written])).toEqual([
      ["money", 1_360_000_000, "RMB 1.36 billion"],
      ["money", 1_500, "¥1,500"],
    ]);
    expect(provenance).toEqual([]);
    expect(coverage.violations).toEqual([]);
  });
});
