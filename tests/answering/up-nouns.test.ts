// A noun English makes of a phrasal verb with "up" ("a bump" in pay: to bump up) is read in that
// verb's senses when none of the word's own senses is a report word (rank.ts queryTerms).
import { describe, expect, it } from "vitest";
import { readQuestion } from "../../src/answering/engine.js";
import { queryTerms } from "../../src/answering/rank.js";
import { stem } from "../../src/text/words.js";
import { realEngine } from "../support/knowledge.js";

const altsOf = (question: string, word: string) => {
  const engine = realEngine();
  const q = readQuestion(question, engine.index, engine.glossary);
  return queryTerms(q, engine.index)
    .find((t) => t.term === `?${stem(word)}` || t.term === stem(word))
    ?.alts.map((a) => a.term);
};

describe("a noun of an 'up' phrasal verb", () => {
  it("is read as the verb's rise: 'bump' (to bump up: raise) reaches the report's growth and increase", () => {
    const alts = altsOf("what was the bump in wages per worker", "bump");
    expect(alts).toContain(stem("growth"));
    expect(alts).toContain(stem("increase"));
  });

  it("not for a word with no such verb: 'tax' gets no rise", () => {
    expect(altsOf("what was the tax per worker", "tax") ?? []).not.toContain(stem("growth"));
  });
});
