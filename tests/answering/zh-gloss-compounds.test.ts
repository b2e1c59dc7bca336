// Noun compounds the dictionary lacks, and words a one-character glossary term is cut out of
// (zh-gloss.ts glossWord, glossary.ts translateChinese). Invented phrases in the style of the
// series' Chinese questions.
import { describe, expect, it } from "vitest";
import { translateChinese } from "../../src/answering/glossary.js";
import { glossChinese, taggedWords } from "../../src/answering/zh-gloss.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const none = fromTerms({});

describe("glossChinese: a noun compound CC-CEDICT lacks", () => {
  it("keeps the modifier before the head when the dictionary has it (油茶: 'oil' + 'tea')", () => {
    expect(taggedWords("油茶")).toEqual([{ word: "油茶", tag: "n" }]);
    const english = glossChinese("新种了多少亩油茶", none);
    expect(english).toContain("tea");
    // The modifier is what tells camellia oil trees from tea gardens.
    expect(english).toContain("oil");
  });
});

describe("translateChinese: a one-character glossary term inside a longer word", () => {
  const villages = fromTerms({ 村: "villages", 多少: "how many" });

  it("glosses what is left of the word as part of it, not as a lone measure word (村道: 'road')", () => {
    // Alone, jieba reads 道 as a measure word; inside 村道 it is the road.
    expect(taggedWords("道")[0]!.tag).toBe("q");
    const english = translateChinese("修了多少公里村道", villages);
    expect(english).toContain("villages");
    expect(english).toContain("road");
  });

  it("leaves the term alone where it stands as a word of its own", () => {
    expect(translateChinese("多少个村", villages)).toBe("how many villages");
  });
});
