// A CC-CEDICT sense that is a fixed phrase ("state of affairs") is no reading to choose for a word
// because each of its words is a report word apart (zh-gloss.ts fixedPhrase, sensesKnown).
import { describe, expect, it } from "vitest";
import { fixedPhrase, glossChinese } from "../../src/answering/zh-gloss.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const none = fromTerms({});
const using =
  (...words: string[]) =>
  (w: string) =>
    words.includes(w);

describe("fixedPhrase", () => {
  it("is content words bound by a preposition", () => {
    expect(fixedPhrase("state of affairs", ["state", "affairs"])).toBe(true);
    expect(fixedPhrase("means of production", ["means", "production"])).toBe(true);
  });

  it("is no single word, no plain compound and no two verbs listed with 'and'", () => {
    expect(fixedPhrase("situation", ["situation"])).toBe(false);
    expect(fixedPhrase("drinking water", ["drinking", "water"])).toBe(false);
    expect(fixedPhrase("to print and distribute", ["print", "distribute"])).toBe(false);
    // A preposition after the last content word binds nothing ("to find a place for").
    expect(fixedPhrase("to find a place for", ["find", "place"])).toBe(false);
  });
});

describe("glossChinese: a phrase sense is not taken for its words apart", () => {
  it("情况 ('circumstances; state of affairs; situation') is not 'state affairs'", () => {
    // Before: a report writing "state" and "affairs" apart read 情况 as both, two rare topic words.
    const english = glossChinese("情况报告", none, using("state", "affairs", "report"));
    expect(english).not.toMatch(/state|affairs/);
  });

  it("still takes a later one-word sense the report writes", () => {
    expect(glossChinese("情况", none, using("situation"))).toBe("situation");
  });
});
