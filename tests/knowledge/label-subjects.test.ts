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
