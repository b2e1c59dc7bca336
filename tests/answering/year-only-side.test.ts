// A side of two that names only its year ("the amount for the 2010 pilots", "for the 2010 projects")
// is the other side's thing in that year (sides.ts sameThingInTwoYears), in a comparison
// (forms.ts) and a difference alike.
import { describe, expect, it } from "vitest";
import { formOf } from "../../src/answering/forms.js";
import { sameThingInTwoYears } from "../../src/answering/sides.js";

describe("a side that names only its year", () => {
  it("takes the other side's thing after a quantity word and a preposition", () => {
    expect(
      sameThingInTwoYears("the road subsidy for the 2012 counties", "the amount for the 2011 counties"),
    ).toEqual({
      left: "the road subsidy for the 2012 counties",
      right: "the road subsidy for the 2011 counties",
    });
    expect(sameThingInTwoYears("the well money for the 2013 projects", "for the 2012 projects").right).toBe(
      "the well money for the 2012 projects",
    );
  });

  it("leaves a side with its own thing as written", () => {
    expect(sameThingInTwoYears("the 2013 well money", "the 2012 bridge money").right).toBe(
      "the 2012 bridge money",
    );
  });

  it("reads 'was A for the 2012 pilots larger than for the 2011 pilots' as one thing in two years", () => {
    expect(
      formOf("was the provincial seed fund for the 2012 pilots larger than for the 2011 pilots?"),
    ).toMatchObject({
      type: "comparison",
      left: "provincial seed fund for the 2012 pilots",
      right: "provincial seed fund for the 2011 pilots",
      yesNo: true,
    });
  });
});
