// A count bound written as a number word ("more than ten", "at least twenty-two") is the bound the
// digits would state; rankings, fractions, multiples and scaled amounts are not read as one.
import { describe, expect, it } from "vitest";
import { formOf } from "../../src/answering/forms.js";
import { understand } from "../../src/answering/understand.js";
import { wordedBoundIn } from "../../src/answering/worded-bound.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

describe("wordedBoundIn", () => {
  it("reads a number word after a phrase that compares a count", () => {
    expect(wordedBoundIn("did they dig more than ten wells")).toMatchObject({
      phrase: "more than",
      value: 10,
    });
    expect(wordedBoundIn("were at least twenty-two clinics built")).toMatchObject({
      phrase: "at least",
      value: 22,
    });
    expect(wordedBoundIn("were fewer than five schools closed")).toMatchObject({
      phrase: "fewer than",
      value: 5,
    });
  });

  it("leaves rankings, fractions, multiples, scaled amounts and 'one' alone", () => {
    for (const text of [
      "was the county in the top ten",
      "more than two thirds of the plan",
      "more than three times as much",
      "more than five million yuan",
      "more than one of the towns",
      "did it grow over two years",
    ])
      expect(wordedBoundIn(text), text).toBeUndefined();
  });
});

describe("a yes/no with a bound in words", () => {
  it("checks the figure against the bound", () => {
    expect(formOf("did the county build more than ten bridges?")).toMatchObject({
      type: "check",
      against: "threshold",
      op: ">",
      threshold: 10,
    });
  });

  it("counts the head of the phrase after an owner's name ('of Xiping's wells')", () => {
    const u = understand("did the aid office pay for more than 6 of Xiping's wells?", fromTerms({}));
    expect(u.kinds).toEqual(["count"]);
    expect(u.countUnit).toBe("wells");
  });
});
