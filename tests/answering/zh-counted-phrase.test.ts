// 多少 / 几 and a measure word count the noun phrase after them, to the end of the clause; a word
// jieba tags as a verb inside it qualifies the noun and is read in its senses that are no verb
// (zh-noun-verbs.ts countedPhraseVerbs, zh-gloss.ts MODIFIER_TAG). Made-up phrases.
import { describe, expect, it } from "vitest";
import { translateChinese } from "../../src/answering/glossary.js";
import { countedPhraseVerbs } from "../../src/answering/zh-noun-verbs.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const w = (word: string, tag: string) => ({ word, tag });

describe("countedPhraseVerbs", () => {
  it("marks the verbs inside the counted phrase, not its last word", () => {
    // 多少个集中安置点？: how many centralized resettlement sites.
    const words = [
      w("建", "v"),
      w("多少", "m"),
      w("个", "q"),
      w("集中", "v"),
      w("安置", "v"),
      w("点", "m"),
      w("？", "x"),
    ];
    expect(countedPhraseVerbs(words)).toEqual(new Set([3, 4]));
    // 几座 (the measure word inside the question word).
    expect(countedPhraseVerbs([w("几座", "m"), w("集中", "v"), w("供水站", "n")])).toEqual(new Set([1]));
  });

  it("leaves a clause whose verb comes after the count, or a count without a measure word", () => {
    // 多少个村通了路: the verb after the noun is the clause's own.
    expect(
      countedPhraseVerbs([
        w("多少", "m"),
        w("个", "q"),
        w("村", "n"),
        w("通", "v"),
        w("了", "ul"),
        w("路", "n"),
      ]).size,
    ).toBe(0);
    expect(countedPhraseVerbs([w("多少", "m"), w("个", "q"), w("贫困村", "n"), w("实施", "v")]).size).toBe(0);
    expect(countedPhraseVerbs([w("多少", "m"), w("集中", "v"), w("资金", "n")]).size).toBe(0);
  });
});

describe("translateChinese: a verb in a counted phrase", () => {
  it("reads 集中 as 'centralized', not the action 'concentrate', and no verb sense of 安置", () => {
    const english = translateChinese("建了多少个集中安置点", fromTerms({}), (x) =>
      ["centralized", "arranged", "arrange", "concentrate"].includes(x),
    );
    expect(english).toContain("centralized");
    expect(english).not.toMatch(/concentrate|arrange/);
  });
});
