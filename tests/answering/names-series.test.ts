// "Which departments …": a sentence may list the things asked of in lower case, one of them written
// with the noun asked ("… from water department, roads department, youth league and women's groups").
// Sentences and questions made up for this test.
import { describe, expect, it } from "vitest";
import { headedSeries, namesAnswer, namesAskedIn, nounSeries } from "../../src/answering/names.js";

const SENTENCE =
  "In 2012, with strong support from water department, roads department, forestry department, survey teams and youth league, Dale Province registered all poor villages.";

describe("nounSeries: a lower-case series written with the noun asked", () => {
  it("gives its items, from after the function word before it to the comma after it", () => {
    expect(nounSeries(SENTENCE, "departments")).toEqual([
      "water department",
      "roads department",
      "forestry department",
      "survey teams",
      "youth league",
    ]);
  });

  it("gives nothing for a series without the noun, or a phrase of two", () => {
    expect(nounSeries(SENTENCE, "bureaus")).toEqual([]);
    expect(nounSeries("Fourth, explore channels and means for social groups.", "means")).toEqual([]);
  });
});

describe("headedSeries: a lower-case series the noun asked heads", () => {
  const POOLED =
    "The county pooled funds of the bureaus of forestry, water supply, roads, housing and planning and others for the poor villages.";

  it("gives the items after 'bureaus of', one joining two words by 'and', without a closing 'others'", () => {
    expect(headedSeries(POOLED, "bureaus")).toEqual([
      "forestry",
      "water supply",
      "roads",
      "housing and planning",
    ]);
    expect(nounSeries(POOLED, "bureaus")).toEqual([
      "forestry",
      "water supply",
      "roads",
      "housing and planning",
    ]);
  });

  it("gives nothing when another noun heads the series", () => {
    expect(headedSeries(POOLED, "teams")).toEqual([]);
    expect(headedSeries(SENTENCE, "departments")).toEqual([]);
  });
});

describe("namesAskedIn: the noun a names question asks of", () => {
  it("is the noun after which or what, or after 'what were the'", () => {
    expect(namesAskedIn("which departments helped with the registration?").noun).toBe("departments");
    expect(namesAskedIn("what were the two pilot counties?").noun).toBe("counties");
    expect(namesAskedIn("the pilots ran in which towns?").noun).toBe("towns");
  });
});

describe("namesAnswer: a series when the sentence names nothing in capitals", () => {
  it("lists the series written with the noun asked", () => {
    const asked = { ...namesAskedIn("which departments helped register poor villages?"), stems: [] };
    expect(namesAnswer(asked, [SENTENCE], [SENTENCE], (n) => n !== "Dale Province")?.items).toEqual([
      "water department",
      "roads department",
      "forestry department",
      "survey teams",
      "youth league",
    ]);
  });
});
