// A Chinese question that asks with a measure word of things counts them, even beside a verb of
// giving (zh-counted-things.ts countsThingsByMeasure; understand.ts figureKinds). Examples of our own.
import { describe, expect, it } from "vitest";
import { countsThingsByMeasure } from "../../src/answering/zh-counted-things.js";
import { isThingClassifier } from "../../src/answering/zh-gloss.js";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

describe("countsThingsByMeasure", () => {
  it("reads a measure word of things after 多少 or 几", () => {
    expect(countsThingsByMeasure("企业捐的书包有多少个？")).toBe(true);
    expect(countsThingsByMeasure("新建了多少所学校")).toBe(true);
    expect(countsThingsByMeasure("有几个村通了路")).toBe(true);
  });

  it("is no count of things when money is asked: 多少钱, a measure word of money, a scale", () => {
    expect(countsThingsByMeasure("企业捐了多少钱")).toBe(false);
    expect(countsThingsByMeasure("发放了多少笔贷款")).toBe(false);
    expect(countsThingsByMeasure("一共投了多少个亿")).toBe(false);
  });

  it("reads only the last question word: an earlier 几个 picks out the things asked about", () => {
    expect(countsThingsByMeasure("那几个县的投资是多少？")).toBe(false);
  });

  it("tells a classifier of things from one of money (个 from 块)", () => {
    expect(isThingClassifier("个")).toBe(true);
    expect(isThingClassifier("块")).toBe(false);
  });
});

describe("understand: a Chinese count beside a verb of giving", () => {
  it("asks a count, not money, when the measure word counts things", () => {
    const glossary = fromTerms({ 多少: "how many", 捐赠: "donated" });
    expect(understand("企业捐赠的书包一共有多少个？", glossary).kinds).toEqual(["count"]);
    // Without a measure word of things, a verb of giving still asks for money first.
    expect(understand("企业捐赠了多少？", glossary).kinds[0]).toBe("money");
  });
});
