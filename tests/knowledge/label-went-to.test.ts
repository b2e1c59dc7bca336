// A verb of going with "to" before a count (label-went-to.ts): the count got the subject.
import { describe, expect, it } from "vitest";
import { labelsOf, readSentence } from "../support/one-sentence.js";

describe("automatic labels: what went to a count", () => {
  it("labels the count as those who got the subject", () => {
    const l = labelsOf("Nutrition subsidies of 3 yuan per day went to 1.12 million rural pupils.");
    expect(l.get("1.12 million rural pupils")).toBe("Rural pupils that got nutrition subsidies");
  });

  it("keeps where the count is", () => {
    const l = labelsOf("Special funds went to 300 poor villages in Enshi.");
    expect(l.get("300 poor villages")).toBe("Poor villages in Enshi that got special funds");
  });
});

describe("automatic labels: a same-form past tense the tagger took for a noun", () => {
  it("reads 'Hubei TV broadcast 18 programmes' with its verb", () => {
    const l = labelsOf("46 issues were printed, and Hubei TV broadcast 18 programmes.");
    expect(l.get("18 programmes")).toBe("Programmes broadcast by Hubei TV");
  });

  it("counts the head noun of a subject the bare count completes", () => {
    const e = readSentence("Households signed up with the enterprises were 186,000 this year.").entries;
    expect(e.find((x) => x.written === "186,000")?.unit).toBe("households");
  });
});
