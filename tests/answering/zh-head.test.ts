// A Chinese how-much question names what it measures before its question word, as the subject of
// 有 / 是 / 为 or of a verb of giving, with the head of that noun phrase last (zh-head.ts); 每 with
// a measure word says "each" (zh-forms.ts). The report and the questions are made up for this
// test (Ningxia, invented figures, no annotations), not from any question set.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/answering/engine.js";
import { chineseForms } from "../../src/answering/zh-forms.js";
import { subjectFirst } from "../../src/answering/zh-head.js";
import { madeUpEngine, madeUpMeta, removeMadeUpReports } from "../support/knowledge.js";

const REPORT = [
  "Poverty Alleviation in Ningxia Hui Autonomous Region",
  "【Investment of anti-poverty funds】In 2013, a total of 3.15 billion Yuan of anti-poverty funds was invested in Ningxia, of which 1.42 billion Yuan was from the central government, 530 million Yuan was regional matching funds, 610 million Yuan was social poverty alleviation funds and 590 million Yuan was raised by the masses.",
  "【Rain Plan】In 2013, a total of 97 million Yuan of financial anti-poverty funds was put in for the training, of which 61 million Yuan was from the central government and 36 million Yuan was from the regional government. It trained 72,500 people.",
  "【Microcredit】In 2013, the region arranged 42 million Yuan of interest discount funds for poverty alleviation loans. As of the end of December, the region had issued a total of 845 million Yuan of small loans to 31,200 households, and the income growth per household was 1,730 Yuan.",
  "【Tourism poverty alleviation】The region launched rural tourism pilots in 45 villages, and 13.5 million Yuan of financial anti-poverty funds was invested, 300,000 Yuan for each village.",
].join("\n\n");

let engine: Engine;
beforeAll(() => {
  engine = madeUpEngine(`${REPORT}\n`, madeUpMeta("Ningxia", 2013, "Ningxia Hui Autonomous Region"));
});
afterAll(removeMadeUpReports);

describe("the subject of a how-much clause, named first", () => {
  it("puts the subject of 有 / 是 first, its head before what qualifies it", () => {
    expect(subjectFirst("社会扶贫资金有多少")).toBe("what 社会扶贫资金 is 多少");
    expect(subjectFirst("宁夏2013年小额信贷的户均增收是多少元")).toBe(
      "what 户均增收 of 小额信贷 is 宁夏2013年 多少 元",
    );
  });

  it("puts the head after a relative clause first when a copula says it is the amount asked", () => {
    expect(subjectFirst("省级财政安排的扶贫预算是多少钱")).toBe("what 扶贫预算 of 省级财政安排 is 多少 钱");
    expect(subjectFirst("广东省提供的对口援建资金是多少")).toBe("what 对口援建资金 of 广东省提供 is 多少");
  });

  it("takes a noun before a verb of giving as the giver", () => {
    expect(subjectFirst("雨露计划培训2013年中央财政投入了多少钱")).toBe(
      "what 中央财政 is 雨露计划培训2013年 投入了 多少 钱",
    );
  });

  it("leaves a clause whose subject it cannot read as one thing measured", () => {
    // An action is what the money went into; a relative clause before a verb may name a giver or
    // only a scope.
    expect(subjectFirst("易地扶贫搬迁投入了多少资金")).toBe("易地扶贫搬迁投入了多少资金");
    expect(subjectFirst("广东省提供的对口援建资金投入了多少")).toBe("广东省提供的对口援建资金投入了多少");
    // A share and an average per unit have readings of their own.
    expect(subjectFirst("部门整合资金占百分之多少")).toBe("部门整合资金占百分之多少");
    expect(subjectFirst("平均每户贫困户贷到了多少钱")).toBe("平均每户贫困户贷到了多少钱");
  });

  it("reads 每 with a measure word as each", () => {
    expect(chineseForms("每个村安排了多少扶贫资金？")).toContain("each 村");
    expect(chineseForms("每年安排了多少扶贫资金？")).not.toContain("each");
  });
});

describe("the engine on a Chinese question about a report nobody annotated", () => {
  it("gives the part the question names, not the section's total", () => {
    expect(engine.answer("2013年宁夏扶贫资金总投入中，社会扶贫资金有多少？")).toMatchObject({
      value: 610_000_000,
    });
  });

  it("gives the giver's part", () => {
    expect(engine.answer("雨露计划培训2013年中央财政投入了多少钱？")).toMatchObject({ value: 61_000_000 });
  });

  it("gives the measure the head names, not the programme's first figure", () => {
    expect(engine.answer("宁夏2013年扶贫小额信贷的户均增收是多少元？")).toMatchObject({ value: 1730 });
  });

  it("gives the amount for each village", () => {
    expect(engine.answer("乡村旅游试点，每个村安排了多少扶贫资金？")).toMatchObject({ value: 300_000 });
  });
});

describe("subjectFirst after a verb already read into English", () => {
  const programmes = (zh: string) => zh.includes("搬迁");
  it("reads a programme before 'put in how much' (投了多少钱) as what the money went into, in total", () => {
    expect(subjectFirst("扶贫搬迁 put in how much 钱", programmes)).toBe(
      "what 扶贫搬迁 is total put in how much 钱",
    );
  });

  it("leaves a giver before it as written", () => {
    expect(subjectFirst("中央财政 put in how much", programmes)).toBe("中央财政 put in how much");
  });
});
