// Two readings of a question's words: a span of years that names a plan's or a document's period is
// no year asked about, and a possessive stands for the article in "how many of the X".
import { describe, expect, it } from "vitest";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const read = (q: string) => understand(q, fromTerms({}), { countUnits: new Map([["counti", "counties"]]) });

describe("a span of years before a noun", () => {
  it("names a period, not the years asked", () => {
    expect(read("Which document was approved to implement the 2011-2020 outline?").years).toEqual([]);
    expect(read("what did the province's 2011–2015 plan aim for?").years).toEqual([]);
  });

  it("still asks when it is the time itself", () => {
    expect(read("how much was invested in 2010-2011?").years).toEqual([2010, 2011]);
    expect(read("what was spent in the 2010-2011 period?").years).toEqual([2010, 2011]);
  });
});

describe("a plan's span after 'for'", () => {
  it("is the period a list is made for, not years asked", () => {
    expect(read("how many schools were chosen for 2016-2025?").years).toEqual([]);
    expect(read("what targets were set for 2011–2015 in the county?").years).toEqual([]);
  });

  it("still asks a short span", () => {
    expect(read("how much was spent for 2010-2011?").years).toEqual([2010, 2011]);
  });
});

describe("how many of a possessive's things", () => {
  it("counts the noun after the possessive, as after an article", () => {
    const q = read("In how many of Henan's key counties did income grow faster than the national average?");
    expect(q.kinds).toEqual(["count"]);
    expect(q.countUnit).toBe("counties");
  });
});
