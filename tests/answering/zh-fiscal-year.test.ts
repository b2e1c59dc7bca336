// 年度 right after a year's number names that year (an accounting year); only a glossary term that
// opens with 年度 (年度计划) keeps it a word of its own.
import { describe, expect, it } from "vitest";
import { fiscalYearAsYear, translateChinese } from "../../src/answering/glossary.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const glossary = fromTerms({ "2014年": "2014", 年度计划: "annual plan", 年度: "annual", 考核: "assessment" });

describe("fiscalYearAsYear", () => {
  it("reads 2014年度 before an ordinary noun as the year", () => {
    expect(fiscalYearAsYear("2014年度考核结果", glossary)).toBe("2014年考核结果");
    expect(translateChinese("2014年度考核", glossary)).toBe("2014 assessment");
  });

  it("keeps 年度 where a glossary term opens with it", () => {
    expect(translateChinese("2014年度计划", glossary)).toBe("2014 annual plan");
  });

  it("leaves 年度 with no year before it", () => {
    expect(fiscalYearAsYear("年度考核", glossary)).toBe("年度考核");
  });
});
