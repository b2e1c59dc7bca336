// A place name CC-CEDICT lacks that ends in a landform (山 mountain, 江 / 河 river, 湖 lake) is
// written by English reports either as one pinyin word or as the name and the landform; the gloss
// gives both and the question reader keeps the one the report writes (zh-gloss.ts glossWord).
import { describe, expect, it } from "vitest";
import { translateChinese } from "../../src/answering/glossary.js";
import { glossChinese, taggedWords } from "../../src/answering/zh-gloss.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const none = fromTerms({});

describe("glossChinese: a place named for a landform", () => {
  it("gives the pinyin word and the name with its landform", () => {
    expect(taggedWords("武陵山片区")[0]).toEqual({ word: "武陵山", tag: "ns" });
    const english = glossChinese("武陵山片区", none);
    expect(english).toContain("Wulingshan");
    expect(english).toContain("Wuling mountain");
  });

  it("keeps the form a report writes", () => {
    const reportWords = new Set(["wuling", "mountain", "area"]);
    const english = translateChinese("武陵山片区", none, (w) => reportWords.has(w));
    expect(english).toBe("Wuling mountain area");
  });

  it("leaves a name the dictionary has as the dictionary writes it", () => {
    // CC-CEDICT: 大别山 "Dabie mountain range".
    expect(glossChinese("大别山", none)).toBe("Dabie mountain range");
  });
});
