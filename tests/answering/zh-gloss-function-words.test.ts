// A run jieba guessed as one unknown word (tag x) that glues a function word to a content word is
// read as its dictionary words (zh-gloss.ts functionWordApart). Examples of our own.
import { describe, expect, it } from "vitest";
import { glossChinese, taggedWords } from "../../src/answering/zh-gloss.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const none = fromTerms({});

describe("glossChinese: a preposition or particle glued onto a word", () => {
  it("reads 跟村 as the preposition and the village, not the noun 'heel'", () => {
    expect(taggedWords("跟村")).toEqual([{ word: "跟村", tag: "x" }]);
    const english = glossChinese("跟村", none);
    expect(english).toContain("village");
    expect(english).not.toContain("heel");
  });

  it("keeps a run of content words whole (村道, a village road)", () => {
    expect(glossChinese("村道", none)).toContain("road");
  });
});
