// One thing in two years, as the sides of a sum or difference are written (sides.ts).
import { describe, expect, it } from "vitest";
import { tagTokens } from "../../src/answering/background.js";
import { sameThingInTwoYears, subjectVerbBeforeSides } from "../../src/answering/sides.js";

describe("sameThingInTwoYears", () => {
  it("gives both years the words they modify together ('in the 2012 and 2013 key villages')", () => {
    expect(sameThingInTwoYears("the road money in the 2012", "2013 key villages")).toEqual({
      left: "the road money in the 2012 key villages",
      right: "the road money in the 2013 key villages",
    });
  });

  it("reads 'the 2012 one in Gansu' as the first side's thing in that year", () => {
    expect(sameThingInTwoYears("the planned 2013 bridge budget", "the 2012 one in gansu")).toEqual({
      left: "the planned 2013 bridge budget",
      right: "the planned 2012 bridge budget",
    });
  });

  it("leaves two sides that each name their own thing alone", () => {
    expect(sameThingInTwoYears("wells dug in 2012", "ponds built")).toEqual({
      left: "wells dug in 2012",
      right: "ponds built",
    });
  });
});

describe("subjectVerbBeforeSides", () => {
  it("shares what both count and its verb, the verb's objects being the sides", () => {
    expect(subjectVerbBeforeSides("trainees receive driving lessons", "cooking courses", tagTokens)).toEqual({
      left: "driving lessons",
      right: "cooking courses",
      common: "trainees receive",
    });
  });

  it("reads no verb where the left side is a noun phrase alone", () => {
    expect(subjectVerbBeforeSides("poor households", "leading enterprises", tagTokens)).toBeUndefined();
  });
});
