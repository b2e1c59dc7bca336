// 年 after a year's number only marks the number as a year: the year is read, never the word "year"
// (glossary.ts translateChinese). 年度 (annual) stays a word.
import { describe, expect, it } from "vitest";
import { translateChinese } from "../../src/answering/glossary.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const none = fromTerms({});
const all = () => true;

describe("translateChinese: a year's 年", () => {
  it("reads 2013年 as the year alone", () => {
    const english = translateChinese("2013年易地搬迁", none, all);
    expect(english).toContain("2013");
    expect(english).not.toMatch(/\byear\b/);
  });

  it("keeps 年 that is a word of its own", () => {
    // 年度 "year (e.g. fiscal year); annual" after the year's own 年: one "year", from 年度.
    expect(translateChinese("2013年年度计划", none, all)).toBe("2013 year plan");
  });
});
