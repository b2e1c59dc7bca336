// A word jieba tags as a verb is read as a noun where it stands inside a noun phrase: between a
// noun and the noun it qualifies, or after a noun at the end of the clause or before a copula
// (zh-noun-verbs.ts). The tagged words are made up for this test, not from any question set.
import { describe, expect, it } from "vitest";
import { translateChinese } from "../../src/answering/glossary.js";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { verbsAsNouns } from "../../src/answering/zh-noun-verbs.js";

const w = (word: string, tag: string) => ({ word, tag });

describe("verbsAsNouns", () => {
  it("reads a verb between two nouns, or after a noun at the end, as a noun", () => {
    // 取暖补助标准: the heating subsidy standard.
    expect(verbsAsNouns([w("取暖", "vn"), w("补助", "v"), w("标准", "n")])).toEqual(new Set([1]));
    // 多少交通补助？: how much transport subsidy.
    expect(verbsAsNouns([w("多少", "m"), w("交通", "n"), w("补助", "v"), w("？", "x")])).toEqual(
      new Set([2]),
    );
    // 交通补助是多少: before a copula.
    expect(verbsAsNouns([w("交通", "n"), w("补助", "v"), w("是", "v"), w("多少", "m")])).toEqual(
      new Set([1]),
    );
  });

  it("leaves the action after a subject: before 了, 的, a verb or a question word", () => {
    expect(verbsAsNouns([w("财政", "n"), w("补助", "v"), w("了", "ul"), w("多少", "m")]).size).toBe(0);
    expect(verbsAsNouns([w("财政", "n"), w("补助", "v"), w("的", "uj"), w("学生", "n")]).size).toBe(0);
    expect(verbsAsNouns([w("财政", "n"), w("补助", "v"), w("多少", "m")]).size).toBe(0);
    // After a pronoun or another verb it is no noun phrase's word either.
    expect(verbsAsNouns([w("每人", "r"), w("补助", "v")]).size).toBe(0);
    expect(verbsAsNouns([w("扶贫", "v"), w("搬迁", "v")]).size).toBe(0);
  });
});

describe("translateChinese: a verb in a noun phrase takes its noun sense", () => {
  it("glosses 补助 as the subsidy inside a noun phrase and as the verb after a subject", () => {
    expect(translateChinese("住房补助标准是多少", fromTerms({}))).toContain("subsidy");
    expect(translateChinese("财政补助了多少", fromTerms({}))).toContain("subsidize");
  });
});

describe("translateChinese: only a word the dictionary also reads otherwise", () => {
  it("keeps a verb-only word (提供 'to offer; to supply; to provide') in its first, verb reading", () => {
    // As a noun it would try every reading and find "provided", a word the reports write for other things.
    const keep = (w: string) => ["funds", "provided", "standard"].includes(w);
    expect(translateChinese("资金提供标准", fromTerms({}), keep)).toBe("funds standard");
  });
});
