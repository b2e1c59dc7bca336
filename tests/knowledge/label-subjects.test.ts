// The subject of a verb as a label reads it (src/knowledge/label-subjects.ts subjectBefore).
import { describe, expect, it } from "vitest";
import { subjectBefore } from "../../src/knowledge/label-subjects.js";
import { tagSentence } from "../../src/knowledge/nlp.js";

describe("subjectBefore: a noun and its participle with an adverb between", () => {
  it("reads 'the share actually allocated' whole", () => {
    const tokens = tagSentence("The share actually allocated was 76.3%.");
    const verb = tokens.findIndex((t) => t.text === "was");
    expect(subjectBefore(tokens, verb, "Anhui")).toBe("The share actually allocated");
  });
});

describe("subjectBefore: a reduced passive relative after the head noun", () => {
  it("reads 'Households signed up with the enterprises' whole", () => {
    const tokens = tagSentence("Households signed up with the enterprises were 186,000 this year.");
    const at = tokens.findIndex((t) => t.text === "were");
    expect(subjectBefore(tokens, at, "Hubei")).toBe("Households signed up with the enterprises");
  });

  it("still stops before the report's own region", () => {
    const tokens = tagSentence("Poverty alleviation funds put into Hubei Province reached 3 billion yuan.");
    const at = tokens.findIndex((t) => t.text === "reached");
    expect(subjectBefore(tokens, at, "Hubei")).not.toMatch(/Hubei/);
  });
});
