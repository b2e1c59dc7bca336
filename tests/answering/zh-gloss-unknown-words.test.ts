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

describe("glossChinese: which sense of a noun, given the words the reports use", () => {
  const reportWords = new Set(["tourism", "villages", "orderly", "funds"]);
  const keep = (w: string) => reportWords.has(w);

  it("a noun whose first sense no report uses takes a later sense of the same entry that one does", () => {
    // CC-CEDICT: 旅游 "trip; journey; tourism; …", jieba tags it vn.
    expect(glossChinese("乡村旅游", none)).toContain("trip");
    expect(glossChinese("乡村旅游", none, keep)).toContain("tourism");
    expect(glossChinese("乡村旅游", none, keep)).not.toContain("trip");
  });

  it("keeps the first sense when the reports use it, and leaves verbs and adjectives alone", () => {
    const alsoTrip = (w: string) => keep(w) || w === "trip";
    expect(glossChinese("乡村旅游", none, alsoTrip)).toContain("trip");
    // 高 "high; tall; above average": an adjective's later sense says something else.
    expect(glossChinese("收入更高", none, (w) => w === "average")).not.toContain("average");
  });

  it("passes over a sense marked as a special use", () => {
    // 平摊 "to spread out; (fig.) to share equally".
    expect(glossChinese("资金平摊", none, (w) => w === "share" || w === "equally")).not.toContain("share");
  });
});
