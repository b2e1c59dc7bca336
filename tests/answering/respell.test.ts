// A question is respelt before it is read: a misspelt word hides the question's form and unit, not
// only its own topic. Real English, chat abbreviations and province names are never respelt.
import { beforeAll, describe, expect, it } from "vitest";
import { corrector } from "../../src/answering/corrector.js";
import { type Engine, readQuestion } from "../../src/answering/engine.js";
import { loadEngine } from "../../src/answering/load-engine.js";
import { respellQuestion, respelling } from "../../src/answering/respell.js";
import { DEFAULT_KNOWLEDGE_DIR } from "../../src/paths.js";
import { stem } from "../../src/text/words.js";

const REPORT_WORDS = [
  "villages",
  "village",
  "water",
  "increased",
  "previous",
  "yiyuan",
  "micro-credit",
  "city",
  "rain",
  "bank",
  "bunk",
];
const vocabulary = new Map(REPORT_WORDS.map((w) => [w, stem(w)]));
const terms = new Set(vocabulary.values());
const hasTerm = (t: string) => terms.has(t);
const index = { vocabulary, hasTerm, resolve: corrector(vocabulary, hasTerm) };

describe("respelling: the word a misspelt question word stands for", () => {
  it("writes the stem meant in the form nearest the letters typed", () => {
    expect(respelling("vilages", index)).toBe("villages");
    expect(respelling("vilage", index)).toBe("village");
  });

  it("a three-letter non-word is the one report word it is with a letter put back", () => {
    expect(respelling("cty", index)).toBe("city");
    // Two report words one letter away: no guess.
    expect(respelling("bnk", index)).toBeUndefined();
    // A real word stays, though one letter from a report word.
    expect(respelling("ran", index)).toBeUndefined();
  });

  it("never turns a real English word the report lacks into a report word", () => {
    expect(respelling("weather", index)).toBeUndefined();
  });

  it("leaves chat abbreviations to the register and province names to the scope", () => {
    expect(respelling("govt", index)).toBeUndefined();
    expect(respelling("yunnan", index)).toBeUndefined();
  });

  it("never respells into a hyphenated form, which the search would count as three words", () => {
    expect(respelling("microcredit", index)).toBeUndefined();
  });

  it("never respells the first half of a negation ('hadn' of \"hadn't\" is no 'hand')", () => {
    const withHand = new Map([...vocabulary, ["hand", stem("hand")]]);
    const handTerm = (t: string) => hasTerm(t) || t === stem("hand");
    const handIndex = { vocabulary: withHand, hasTerm: handTerm, resolve: corrector(withHand, handTerm) };
    expect(respelling("hadn", handIndex)).toBe("hand");
    expect(respellQuestion("How many still hadn't got going?", handIndex)).toBe(
      "How many still hadn't got going?",
    );
    expect(respellQuestion("How many still hadn’t got going?", handIndex)).toBe(
      "How many still hadn’t got going?",
    );
  });

  it("keeps everything around a respelt word, and its capital", () => {
    expect(respellQuestion("Vilages: incresed over the prevous year?", index)).toBe(
      "Villages: increased over the previous year?",
    );
  });
});

describe("readQuestion: the engine reads the respelt question and quotes the one sent", () => {
  let engine: Engine;
  beforeAll(() => {
    engine = loadEngine(DEFAULT_KNOWLEDGE_DIR);
  });

  it("a misspelt counted unit is still the unit asked for", () => {
    const q = readQuestion("in how many poor vilages did the pilot start", engine.index, engine.glossary);
    expect(q.countUnit).toBe("villages");
    expect(q.raw).toBe("in how many poor vilages did the pilot start");
  });

  it("a misspelt lead-in naming the topic is kept, not dropped as a greeting", () => {
    const q = readQuestion("mountian relocaton: how many households moved", engine.index, engine.glossary);
    expect(q.english).toContain("relocation");
  });

  it("a misspelt cue word still gives the question its form", () => {
    const q = readQuestion(
      "how much were the funds incresed by vs the prevous year",
      engine.index,
      engine.glossary,
    );
    expect(q.english).toContain("increased");
    expect(q.english).toContain("previous year");
  });
});
