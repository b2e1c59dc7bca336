// Counted nouns and passive subjects: an adverb of time stays with a counted noun's own verb, a
// participle before a preposition's noun is its adjective (label-clauses.ts activeAfter); a
// describing appositive is no part of the subject (label-phrases.ts beforeApposition); a verb
// joined by "and" to a passive one shares its auxiliary (labels.ts); a place phrase cut at the
// first comma of a list of names is dropped (label-phrases.ts phraseAfter).
import { describe, expect, it } from "vitest";
import { labelsOf } from "../support/one-sentence.js";

describe("labels of counted nouns and passive subjects", () => {
  it("keeps 'still' with the counted noun's verb and reads 'in repaired homes' as its object", () => {
    const l = labelsOf("By December, 2,300 families still lived in repaired homes.");
    expect(l.get("2,300 families")).toBe("Families that still lived in repaired homes");
  });

  it("reads the subject past an appositive opened by 'a', and shares the auxiliary of a series", () => {
    const l = labelsOf(
      "The repair of old wells, a main project of the county, was planned for 900 households and actually finished for 950 households.",
    );
    expect(l.get("900 households")).toBe("Households for which the repair of old wells was planned");
    expect(l.get("950 households")).toBe("Households for which the repair of old wells was finished");
  });

  it("a verb with an object of its own after a passive one stays active", () => {
    const l = labelsOf("In 2012, 140 firms were paired with 150 villages and invested 93 million yuan.");
    expect(l.get("93 million yuan")).toBe("Funds invested");
  });

  it("drops a place phrase that would name only the first of a list of names", () => {
    const l = labelsOf("The county built 52 clinics in Ashford, Brookton and Cedarville.");
    expect(l.get("52 clinics")).toBe("Clinics built by the county");
  });
});

describe("a share that names no whole", () => {
  it("after 'accounting for' is the share of the figure before it", () => {
    const l = labelsOf("Of the movers, 1,200 households were settled in towns, accounting for 64%.");
    expect(l.get("64%")).toBe("Households settled in towns as a share of movers (percent)");
  });
});
