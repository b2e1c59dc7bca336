// General terms of the series in the Chinese glossary, read the way the reports write them. The
// report and questions are made up for this test (Liaoning, invented figures, no annotations), not
// from any question set.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/answering/engine.js";
import { translateChinese } from "../../src/answering/glossary.js";
import { loadGlossary } from "../../src/knowledge/glossary.js";
import { DEFAULT_KNOWLEDGE_DIR } from "../../src/paths.js";
import { madeUpEngine, madeUpMeta, removeMadeUpReports } from "../support/knowledge.js";

const REPORT = [
  "Poverty Alleviation and Development in Liaoning Province",
  "【Overview】In 2012, Liaoning Province lifted 412,000 rural poor residents out of poverty, and the rural poor population of the province fell from 2.63 million at the end of 2011 to 2.218 million at the end of 2012.",
  "【Rain Plan】In 2012, the province trained 58,000 people.",
].join("\n\n");

let engine: Engine;
beforeAll(() => {
  engine = madeUpEngine(`${REPORT}\n`, madeUpMeta("Liaoning", 2012, "Liaoning Province"));
});
afterAll(removeMadeUpReports);

describe("农村贫困人口, the rural poor population", () => {
  it("asks for the population the report states at the end of a year, not the residents lifted out", () => {
    expect(engine.answer("2012年底辽宁农村贫困人口还有多少？")).toMatchObject({ value: 2_218_000 });
  });

  it("still reads the residents lifted out of poverty when that is asked", () => {
    expect(engine.answer("2012年辽宁有多少农村贫困人口脱贫？")).toMatchObject({ value: 412_000 });
  });
});

describe("片区, a contiguous area", () => {
  it("reads as the area the reports name ('… Mountain Area'), not as 区 alone, districts", () => {
    const english = translateChinese("辽西山片区还有多少农村贫困人口", loadGlossary(DEFAULT_KNOWLEDGE_DIR));
    expect(english).toContain("area");
    expect(english).not.toContain("districts");
  });
});

describe("中央和省级, central and provincial", () => {
  it("reads as the two levels, without a 'government' the reports do not always write", () => {
    const english = translateChinese("安排了多少中央和省级财政扶贫资金", loadGlossary(DEFAULT_KNOWLEDGE_DIR));
    expect(english).toContain("central and provincial");
    expect(english).not.toContain("government");
  });
});

describe("低保, the rural minimum living security", () => {
  it("reads as the words the reports share ('minimum living' security, allowance, guarantee), not Henan's 'two systems'", () => {
    // Before: "minimum living guarantee two systems"; a report writing "minimum living security"
    // matched under half the question and its figure was refused.
    const english = translateChinese("农村低保一共花了多少钱", loadGlossary(DEFAULT_KNOWLEDGE_DIR));
    expect(english).toContain("minimum living");
    expect(english).not.toMatch(/two systems|guarantee/);
  });
});

describe("全年, the whole year's", () => {
  it("reads as 'annual', the word the reports write for a year's plan or task, not 'whole year'", () => {
    // Before: CC-CEDICT's "whole year", two words no figure's label has, and the annual plan was refused.
    const english = translateChinese("雨露计划原定全年培训多少人", loadGlossary(DEFAULT_KNOWLEDGE_DIR));
    expect(english).toContain("annual");
    expect(english).not.toContain("whole");
  });
});
