// A glossary term an English question writes in pinyin (src/answering/pinyin-terms.ts). Terms and
// questions of our own.
import { describe, expect, it } from "vitest";
import { readPinyinTerms, tonelessPinyin } from "../../src/answering/pinyin-terms.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const glossary = fromTerms({ 户口: "household registration", 亩: "mu", 农户: "rural households" });
const knowsNothing = () => false;

describe("tonelessPinyin", () => {
  it("joins the syllables without tones, ü as v", () => {
    expect(tonelessPinyin("Hu4 kou3")).toBe("hukou");
    expect(tonelessPinyin("lu:4 hua4")).toBe("lvhua");
  });
});

describe("readPinyinTerms", () => {
  it("reads a glossary term written in pinyin as its English", () => {
    expect(readPinyinTerms("how many moved their hukou in 2015", glossary, knowsNothing)).toBe(
      "how many moved their household registration in 2015",
    );
    expect(readPinyinTerms("how many nonghu got loans", glossary, knowsNothing)).toBe(
      "how many rural households got loans",
    );
  });

  it("leaves words the reports have, one-syllable terms and words that are no pinyin", () => {
    expect(readPinyinTerms("the hukou office", glossary, (w) => w === "hukou")).toBe("the hukou office");
    expect(readPinyinTerms("how many mu of land", glossary, knowsNothing)).toBe("how many mu of land");
    expect(readPinyinTerms("lol how many households", glossary, knowsNothing)).toBe(
      "lol how many households",
    );
  });
});
