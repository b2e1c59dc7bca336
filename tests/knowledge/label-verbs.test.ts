// How a verb attaches to the clause before it (src/knowledge/label-verbs.ts).
import { describe, expect, it } from "vitest";
import { relativePronounAt } from "../../src/knowledge/label-verbs.js";
import { tagSentence } from "../../src/knowledge/nlp.js";

const verbIndex = (sentence: string, verb: string) => {
  const tokens = tagSentence(sentence);
  return { tokens, at: tokens.findIndex((t) => t.text === verb) };
};

describe("relativePronounAt", () => {
  it("finds the pronoun right before its verb", () => {
    const { tokens, at } = verbIndex(
      "Alpha Province, which provided 9 million yuan, paired its cities.",
      "provided",
    );
    expect(tokens[relativePronounAt(tokens, at)]?.text).toBe("which");
  });

  it("finds it past a prepositional phrase put between", () => {
    const { tokens, at } = verbIndex(
      "Alpha Province, which under the east-west cooperation mechanism provided 9 million yuan, paired its cities.",
      "provided",
    );
    expect(tokens[relativePronounAt(tokens, at)]?.text).toBe("which");
  });

  it("finds none for a main clause's verb", () => {
    const { tokens, at } = verbIndex("Under the mechanism the province provided 9 million yuan.", "provided");
    expect(relativePronounAt(tokens, at)).toBe(-1);
  });
});
