// compute.ts samePer: two rates are added or subtracted only when they are given for the same thing.
import { describe, expect, it } from "vitest";
import { samePer } from "../../src/answering/compute.js";
import { entriesOfSentence } from "../support/knowledge.js";

const entryOf = (sentence: string, written: string) =>
  [...entriesOfSentence(sentence).values()].find((e) => "written" in e && e.written === written)!;

describe("samePer: rates of one denominator", () => {
  const student = entryOf(
    "Under the Rain Plan, 41,200 young people went to school with a subsidy of 1,500 yuan a head per year.",
    "1,500 yuan",
  );
  const cellar = entryOf(
    "Farmers dug 4,700 rainwater cellars with a subsidy of 1,200 yuan per cellar.",
    "1,200 yuan",
  );
  const central = entryOf(
    "Each relocated household got a central subsidy of 5,000 yuan per household and a provincial subsidy of 3,000 yuan per household.",
    "5,000 yuan",
  );
  const provincial = entryOf(
    "Each relocated household got a central subsidy of 5,000 yuan per household and a provincial subsidy of 3,000 yuan per household.",
    "3,000 yuan",
  );

  it("refuses to combine a rate per head a year with one per cellar", () => {
    expect(samePer(student, cellar)).toBe(false);
  });

  it("combines two rates per household", () => {
    expect(samePer(central, provincial)).toBe(true);
  });
});
