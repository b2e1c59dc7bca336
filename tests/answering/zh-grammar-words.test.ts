// Chinese grammar read as grammar, not as topic words or sums: a localizer after a noun (里, 中) says
// "within it"; a word jieba reads as a noun takes the dictionary's noun sense; 多少 before a measure
// word counts that word's unit; 一共 before the verb of a clause that names one thing says "in all"
// of it and asks no sum. Examples of our own making.
import { describe, expect, it } from "vitest";
import { chineseForms } from "../../src/answering/zh-forms.js";
import { glossChinese } from "../../src/answering/zh-gloss.js";
import { chineseDates } from "../../src/answering/zh.js";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { realEngine } from "../support/knowledge.js";

const none = fromTerms({});

describe("glossChinese: grammar words and noun senses", () => {
  it("gives nothing for a localizer after a noun (里 was glossed 'lining')", () => {
    expect(glossChinese("项目里", none)).toBe("item");
    expect(glossChinese("村里面", none)).not.toMatch(/lining|inside/);
  });

  it("takes a noun's noun sense before the entry's first, verb sense", () => {
    // CC-CEDICT: 规划 "to plan (long-term); a plan", 建议 "to propose; proposal".
    expect(glossChinese("规划", none)).toBe("plan");
    expect(glossChinese("建议", none)).toBe("proposal");
  });
});

describe("chineseForms: what 多少 counts and what 一共 asks", () => {
  it("counts the unit of the measure word after 多少 / 几", () => {
    expect(chineseForms("编了多少期简报")).toContain("how many issues");
    expect(chineseForms("搬了几户")).toContain("how many households");
    // A measure word that holds its noun counts it only where the noun ends: 项目村 are villages.
    expect(chineseForms("有多少个项目村")).not.toContain("projects");
  });

  it("drops 一共 before the verb of a clause that names one thing, and adds the things a clause lists", () => {
    expect(chineseForms("培训资金一共有多少")).not.toContain("一共");
    expect(chineseForms("一共编了多少期简报")).not.toContain("一共");
    expect(chineseForms("道路和桥梁一共修了多少")).toContain("道路 and 桥梁 combined");
    expect(chineseForms("水井、水窖一共有多少")).toContain("水井 and 水窖 combined");
    // Several things counted (两批) are added up: 一共 stays for the sum reader.
    expect(chineseForms("两批试点一共有多少个村")).toContain("一共");
  });
});

describe("chineseForms: money raised", () => {
  it("asks how much was raised after a verb of raising, not how much was put in", () => {
    // Before: "群众自 put in how much", which lost the verb the reports write ("raised by the masses").
    expect(chineseForms("群众自筹了多少")).toBe("群众 raised how much ？");
    expect(chineseForms("募集了多少钱")).toContain("raised how much");
    expect(chineseForms("省里拨了多少")).toContain("put in how much");
  });
});

describe("one named thing asked 'in all'", () => {
  const ask = (q: string) => realEngine().answer(q);
  it("is that thing's figure, not the sum of it and its neighbours", () => {
    // Before: 2.264066 billion (every part of the village-advancement money added up) and 71 issues
    // (both periodicals' issues added up).
    expect(ask("整村推进的部门整合资金一共是多少？")).toMatchObject({ type: "figure", value: 1_204_636_000 });
    expect(ask("《网络舆情》一共出了多少期？")).toMatchObject({ type: "figure", value: 39 });
  });
});

describe("a change on the year before", () => {
  it("is read as the change, not as a comparison of two figures", () => {
    expect(chineseForms("资金比去年增加了多少")).toContain(
      "how much did 资金 increase over the previous year",
    );
    expect(chineseForms("资金比上年增长了百分之多少")).toContain(
      "by what percent did 资金 grow over the previous year",
    );
    // 增长 (growth) with no unit after 多少 asks the rate Chinese states growth in; with a unit, the amount.
    expect(chineseForms("收入比上年增长了多少")).toContain(
      "by what percent did 收入 grow over the previous year",
    );
    expect(chineseForms("收入比上年增长了多少万元")).toContain(
      "how much did 收入 increase over the previous year",
    );
    // A fall is asked as a decrease.
    expect(chineseForms("人口比上年减少了多少")).toContain(
      "how much did 人口 decrease over the previous year",
    );
    // Another thing after 比 is still a difference of two figures.
    expect(chineseForms("甲比乙多多少")).toContain("how many more 甲 than 乙");
  });

  it("is the change the report states, as a figure (before: a yes/no verdict, 'yes', beside it)", () => {
    const ask = (q: string) => realEngine().answer(q);
    expect(ask("扶贫资金比去年多出多少钱？")).toMatchObject({ type: "figure", value: 46_300_000 });
    expect(ask("扶贫资金比上年增长了百分之多少？")).toMatchObject({ type: "figure", value: 35.2 });
  });
});

describe("chineseDates: the end of a year", () => {
  it("reads 年末 / 年底 as the end of the year, its year named as English writes it (they were lost)", () => {
    expect(chineseDates("2013年底还剩多少户")).toBe(" at the end of 2013 还剩多少户");
    // Before: "2013 at the end of the year", whose "year" no sentence writing "the end of 2013" has.
    expect(chineseDates("到2010年末有多少")).not.toMatch(/\byear\b/);
    expect(chineseDates("截至年末有多少")).toBe(" at the end of the year 有多少");
  });

  it("reads 到 / 截至 a named year's end as that year alone: the as-of date is scaffolding", () => {
    expect(chineseDates("到2012年底互助社在多少个村成立？")).toBe(" 2012 互助社在多少个村成立？");
    expect(chineseDates("截至2013年末有多少")).toBe(" 2013 有多少");
  });
});
