// Chinese words of a question about a report another translator wrote (zh-gloss.ts): a determiner
// with its noun (各级 "all levels") names that noun; a character jieba reads as a verb is read in its
// first verb sense (花 "flower", then "to spend"); an entry that only points elsewhere is passed over.
import { describe, expect, it } from "vitest";
import { glossChinese, glossWord, taggedWords } from "../../src/answering/zh-gloss.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const none = fromTerms({});
const using =
  (...words: string[]) =>
  (w: string) =>
    words.includes(w);

describe("glossWord and glossChinese: words another translator's report writes", () => {
  it("reads a determiner with its noun as the noun (各级 r: 'all levels')", () => {
    expect(taggedWords("各级财政")[0]).toEqual({ word: "各级", tag: "r" });
    expect(glossWord("各级", "r")).toBe("levels");
  });

  it("still gives nothing for a pronoun proper or a question word", () => {
    expect(glossWord("这些", "r")).toBe("");
    expect(glossWord("哪些", "r")).toBe("");
    expect(glossWord("每个", "r")).toBe("");
  });

  it("reads a character jieba tags as a verb in its first verb sense (花 v: 'to spend', not 'flower')", () => {
    expect(taggedWords("整村推进花的钱").find((w) => w.word === "花")?.tag).toBe("v");
    const english = glossChinese("整村推进花的钱", none, using("spent", "money"));
    expect(english).toContain("spent");
    expect(english).not.toContain("flower");
  });
});
