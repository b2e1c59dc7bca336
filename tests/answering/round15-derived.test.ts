// Round fifteen's computed, comparison and yes/no readings, one function each: a change that is the
// noun asked is not worked back (understand.ts workedBack), a sum's sides after one preposition of
// means (sides.ts sideAfterPreposition), a change between "last year" and "this year"
// (year-change.ts changeBetweenYears), figures listed side by side (listed-siblings.ts), and a
// percentage written as a change (named-change.ts isNamedChange).
import { describe, expect, it } from "vitest";
import { understand } from "../../src/answering/understand.js";
import { sideAfterPreposition } from "../../src/answering/sides.js";
import { changeBetweenYears, sideInYear } from "../../src/answering/year-change.js";
import { listedTogether } from "../../src/answering/listed-siblings.js";
import { isNamedChange } from "../../src/answering/named-change.js";
import { fromTerms } from "../../src/knowledge/glossary.js";
import type { NumericEntry } from "../../src/knowledge/schema.js";

const read = (q: string) => understand(q, fromTerms({}));

const figure = (written: string, sentence: string, kind: "money" | "percent" = "money", context = sentence) =>
  ({
    id: written,
    written,
    sentence,
    context,
    kind,
    label: "x",
    value: 1,
    unit: "Yuan",
  }) as unknown as NumericEntry;

describe("understand: a change that is what the question asks for", () => {
  it("does not work a year back when the change is the head of the question", () => {
    expect(
      read("what was the total income increase for all the households helped by small loans in 2011?")
        .derivation?.type,
    ).not.toBe("previous-year");
  });
  it("still works a year back from a change given beside the year asked", () => {
    expect(read("how much did the county spend in 2011, given the 2012 growth rate?").derivation).toEqual({
      type: "previous-year",
      year: 2011,
    });
  });
});

describe("sideAfterPreposition", () => {
  it("takes the first side after a preposition of means that governs both", () => {
    expect(
      sideAfterPreposition("in loans did the province issue in total through small loans", "mutual funds"),
    ).toBe("small loans");
  });
  it("leaves a side alone when the second side has its own preposition or there is none", () => {
    expect(sideAfterPreposition("households supported by a", "by b")).toBe("households supported by a");
    expect(sideAfterPreposition("wells", "ponds")).toBe("wells");
  });
});

describe("changeBetweenYears with relative years", () => {
  it("reads 'from last year to this year' as this year minus last year", () => {
    const sides = changeBetweenYears(
      "how much did the per capita net income increase from last year to this year?",
    );
    expect(sides).toEqual({ left: "this year", right: "last year" });
    expect(sideInYear(sides!.left, 2012)).toBe("2012");
    expect(sideInYear(sides!.right, 2012)).toBe("2011");
  });
  it("leaves a named year beside a relative one to other readings", () => {
    expect(changeBetweenYears("how much did income increase from 2011 to this year?")).toBeUndefined();
  });
});

describe("listedTogether", () => {
  const s = "Suqian City and Lianyungang City received 22.6 million Yuan and 16.8 million Yuan respectively.";
  it("pairs figures joined only by 'and' or a comma", () => {
    expect(listedTogether(figure("22.6 million Yuan", s), figure("16.8 million Yuan", s))).toBe(true);
  });
  it("does not pair a total with a part named in other words", () => {
    const t =
      "The cities provided a total of 1.36 billion Yuan, of which Suzhou contributed 420 million Yuan.";
    expect(listedTogether(figure("1.36 billion Yuan", t), figure("420 million Yuan", t))).toBe(false);
  });
});

describe("isNamedChange of a percentage written as a change", () => {
  it("reads 'an increase of N% year on year' and 'N% higher than in 2010' as changes", () => {
    const a = "a total of 9.386 billion Yuan was invested, an increase of 17.8% year on year";
    expect(isNamedChange(figure("17.8%", a, "percent", "an increase of 17.8% year on year"))).toBe(true);
    const b = "The provincial financial input was 31.5% higher than in 2010";
    expect(isNamedChange(figure("31.5%", b, "percent"))).toBe(true);
  });
  it("does not read a share of a plan as a change", () => {
    expect(isNamedChange(figure("96.9%", "fulfilling 96.9% of the task", "percent"))).toBe(false);
  });
});
