// A word jieba reads as an adverb takes the dictionary's reading that is not a verb: 更 (d) in 更多 is
// geng4 "more" (a function word, dropped), not geng1 "to change or replace" (zh-gloss.ts glossWord).
import { describe, expect, it } from "vitest";
import { glossChinese, taggedWords } from "../../src/answering/zh-gloss.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const none = fromTerms({});

describe("glossChinese: an adverb's reading", () => {
  it("reads 更 before 多 as 'more', not 'change'", () => {
    expect(taggedWords("哪个更多").find((w) => w.word === "更")?.tag).toBe("d");
    expect(glossChinese("哪个更多", none)).not.toContain("change");
  });

  it("leaves 更 as a verb where jieba reads it as one", () => {
    expect(taggedWords("更换").map((w) => w.word)).toEqual(["更换"]);
  });
});
