// A Chinese how-much question whose measured subject no report has (zh-measured-head.ts): the Chinese
// form of "what was the total cotton output", refused in English for a report with no output.
import { describe, expect, it } from "vitest";
import { unknownMeasuredHead } from "../../src/answering/zh-measured-head.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

// The words a made-up report uses.
const REPORT_WORDS = new Set(["villages", "total", "funds", "fund", "investment", "poverty", "alleviation"]);
const known = (w: string) => REPORT_WORDS.has(w.toLowerCase());
const glossary = fromTerms({});

describe("the head noun a Chinese how-much question measures", () => {
  it("is unknown when its reading names nothing a report has, a word for a total aside", () => {
    expect(unknownMeasuredHead("全省2012年的棉花总产量是多少？", glossary, known)).toBe("总产量");
    expect(unknownMeasuredHead("全省学校有多少？", glossary, known)).toBe("学校");
  });

  it("is known when a reading or the glossary has it, and absent for other clauses", () => {
    expect(unknownMeasuredHead("县里的扶贫资金是多少元？", glossary, known)).toBeUndefined();
    expect(unknownMeasuredHead("全省学校有多少？", fromTerms({ 学校: "school" }), known)).toBeUndefined();
    expect(unknownMeasuredHead("全省投入了多少资金？", glossary, known)).toBeUndefined();
    // A rate's thing may be worded otherwise by the report ("employed" for 就业): left to the search.
    expect(unknownMeasuredHead("学员的就业率是多少？", glossary, known)).toBeUndefined();
  });
});
