// Money written as a bare number with its unit in brackets right after it ("N (10,000 Yuan)", 万元
// kept by a translation): the amount is read in Yuan, the bracket's own number is no figure, and
// both checks (provenance, coverage) still hold (bracket-unit.ts).
import { describe, expect, it } from "vitest";
import { readSentence as read } from "../support/one-sentence.js";

describe("an amount with its unit in brackets after it", () => {
  it("reads 'N (10,000 Yuan)' as N ten-thousands of Yuan, labelled from the sentence", () => {
    const { entries, provenance, coverage } = read(
      "In 2013, the county invested a total of 3,275 (10,000 Yuan) of funds in the mountain areas, covering 86 villages.",
    );
    const money = entries.find((e) => e.kind === "money")!;
    expect(money).toMatchObject({ value: 32_750_000, unit: "Yuan", written: "3,275 (10,000 Yuan)" });
    expect(money.label).toBe("Funds invested by the county in the mountain areas (total)");
    expect(entries.some((e) => e.value === 10_000 || e.value === 3275)).toBe(false);
    expect(entries.map((e) => e.value)).toContain(86);
    expect(provenance).toEqual([]);
    expect(coverage.violations).toEqual([]);
  });

  it("takes the size the brackets name, and plain Yuan as one", () => {
    const { entries } = read("The fund held 1.8 (100 million Yuan) and lent 6,400 (Yuan) to each household.");
    expect(entries.map((e) => [e.value, e.unit])).toEqual([
      [180_000_000, "Yuan"],
      [6400, "Yuan"],
    ]);
  });

  it("leaves brackets that do not follow a number alone", () => {
    const { entries } = read("Funds (10,000 Yuan) by county: 12 counties took part.");
    expect(entries.map((e) => e.value)).toEqual([10_000, 12]);
  });

  it("reads land the same way: 'N (10,000 mu)' is an area of N ten-thousand mu", () => {
    const { entries, provenance, coverage } = read(
      "Planting area of specialty crops: 172 (10,000 mu); up 8.7%.",
    );
    expect(entries.find((e) => e.kind === "area")).toMatchObject({ value: 1_720_000, unit: "mu" });
    expect(entries.some((e) => e.value === 10_000 || e.value === 172)).toBe(false);
    expect(provenance).toEqual([]);
    expect(coverage.violations).toEqual([]);
  });
});
