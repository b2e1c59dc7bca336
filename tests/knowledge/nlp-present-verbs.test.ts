// The tagger's reading of a present-tense verb before an infinitive (src/knowledge/nlp.ts tagSentence).
import { describe, expect, it } from "vitest";
import { tagSentence } from "../../src/knowledge/nlp.js";
import { labelsOf } from "../support/one-sentence.js";

const posOf = (sentence: string, word: string) => tagSentence(sentence).find((t) => t.text === word)?.pos;

describe("tagSentence: 'the county plans to build …'", () => {
  it("reads a word in -s after a noun and before 'to' and a verb as the noun's verb", () => {
    expect(posOf("By 2015 the county plans to build 200 km of roads.", "plans")).toBe("VERB");
  });
  it("leaves a noun with an infinitive of purpose alone", () => {
    const tokens = tagSentence("It used alleviation funds to support 300 households.");
    const funds = tokens.find((t) => t.text === "funds")!;
    expect(funds.pos).not.toBe("VERB");
  });
  it("gives a planned figure the plan's verb, not the verb of what was done", () => {
    const l = labelsOf("During the five years, the county plans to complete road building in 500 villages.");
    expect(l.get("500 villages")).toMatch(/plans to complete/);
  });
});
