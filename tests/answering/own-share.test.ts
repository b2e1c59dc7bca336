// "The county's share", "their share": someone's portion, given as an amount at least as often as a
// percentage, so a money question keeps money first (understand.ts); "what share of" stays a percentage.
// A modifier or two may stand between the possessive and "share" ("its matching share").
import { describe, expect, it } from "vitest";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const read = (q: string) => understand(q, fromTerms({}));

describe("understand: a possessive share", () => {
  it("asks for money first when money is named", () => {
    expect(read("was the county government's share bigger than the bank funds?").kinds).toEqual([
      "money",
      "percent",
    ]);
    expect(read("how much was their share of the funding?").kinds).toEqual(["money", "percent"]);
  });

  it("reads a share with its own modifier as a portion too ('its matching share')", () => {
    const kinds = read("how much did the city put up as its matching share?").kinds;
    expect(kinds).toContain("money");
    expect(read("how much did the county give as their own fair share?").kinds).toContain("money");
  });

  it("reads a plural noun right before 'share' as a possessive without its apostrophe", () => {
    expect(read("whats the townships share of the road money").kinds).toEqual(["money", "percent"]);
    // A word that only ends in "s" is no possessive.
    expect(read("was this share of the road money larger?").kinds).toEqual(["percent"]);
    expect(read("in the townships what share of the money went to roads?").kinds).toEqual(["percent"]);
  });

  it("leaves 'what share of' and a percentage as percentages", () => {
    expect(read("what share of the funds went to roads?").kinds).toEqual(["percent"]);
    expect(read("what percentage of the county's share was spent?").kinds).toEqual(["percent"]);
  });
});
