// Chinese words CC-CEDICT lacks (zh-gloss.ts glossWord): a verb compound keeps its verb, the first
// part, and a run of Han characters jieba's dictionary lacks (tagged x, as punctuation is) is still
// a word to gloss. Invented questions in the style of the series' Chinese ones.
import { describe, expect, it } from "vitest";
import { glossChinese, taggedWords } from "../../src/answering/zh-gloss.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const none = fromTerms({});

describe("glossChinese: words the dictionary lacks", () => {
  it("a verb with a complement after it (降到, 'fell to') keeps the verb, not the complement", () => {
    expect(taggedWords("降到")).toEqual([{ word: "降到", tag: "v" }]);
    const english = glossChinese("去年底贫困人口降到了多少？", none);
    expect(english).toContain("drop");
    expect(english).not.toContain("reach");
  });

  it("a Han run jieba tags x is glossed, not dropped as punctuation", () => {
    expect(taggedWords("村道").map((w) => w.tag)).toEqual(["x"]);
    expect(glossChinese("新修了多少公里村道？", none)).toContain("road");
  });
});
