// A question in Chinese gets its whole reply in Chinese: figures in 万/亿 forms, Chinese labels,
// Chinese section names (with the English title kept in the citation), Chinese notes, runner-ups
// and topics. Only the quotes stay in the report's English, labelled 原文.
import { describe, expect, it } from "vitest";
import { derivedText, figureText } from "../../src/answering/compose.js";
import type { Derived } from "../../src/answering/compute.js";
import { citationOf } from "../../src/answering/compose.js";
import { createEngine } from "../../src/answering/engine.js";
import { inQuestionLanguage } from "../../src/answering/localize.js";
import type { Answer } from "../../src/answering/schema.js";
import type { NumericEntry } from "../../src/knowledge/schema.js";
import { buildKnowledge } from "../../src/knowledge/load.js";
import { MADE_UP_GANSU_META, madeUpGansuText, realEngine } from "../support/knowledge.js";

const ask = (q: string) => realEngine().answer(q);

/** English words left once the quotes (“…”) and the English section titles after 」 are taken out. */
const englishOutsideQuotes = (text: string) =>
  text
    .replace(/“[^”]*”/g, "")
    .replace(/」（[^）]*）/g, "」")
    .match(/[A-Za-z]{2,}/g) ?? [];

describe("Chinese replies from the engine", () => {
  it("answers a figure with its Chinese label and a Chinese number form, quoting the English source as 原文", () => {
    const a = ask("2011年河南有多少贫困人口脱贫？");
    expect(a).toMatchObject({
      answered: true,
      language: "zh",
      value: 1_033_000,
      figure: "103.3万人",
      label: "脱贫人口",
      section: "Overview",
    });
    const lines = a.text.split("\n");
    expect(lines[0]).toBe("脱贫人口：103.3万人");
    expect(lines[1]).toBe("出处：河南2011年报告「概况」（Overview）");
    expect(lines[2]).toBe(`原文：“${a.citations[0]!.quote}”`);
    expect(englishOutsideQuotes(a.text)).toEqual([]);
    // What is checked against the report stays as the report has it.
    expect(a.citations[0]).toMatchObject({
      section: "Overview",
      written: "1.033 million rural poor residents",
      sectionTitle: "概况",
    });
  });

  it("writes money in 亿元 and the parts-do-not-add-up note in Chinese", () => {
    const a = ask("2011年财政扶贫资金总额是多少？");
    expect(a).toMatchObject({ value: 4_418_000_000, figure: "44.18亿元", label: "财政扶贫资金总额" });
    expect(a.text.split("\n")[0]).toBe("财政扶贫资金总额：44.18亿元");
    expect(a.notes).toEqual([
      "报告所列各部分（10.29亿元 + 1.81亿元 + 4亿元 + 14.18亿元 + 11.2亿元）合计41.48亿元，而不是44.18亿元，相差2.7亿元。",
    ]);
    expect(englishOutsideQuotes(a.text)).toEqual([]);
  });

  it("writes counts with their measure word, and runner-ups in Chinese", () => {
    const a = ask("易地扶贫搬迁了多少户？");
    expect(a).toMatchObject({ value: 5853, figure: "5853户" });
    expect(a.runnerUps.length).toBeGreaterThan(0);
    for (const r of a.runnerUps)
      expect(englishOutsideQuotes(`${r.figure} ${r.label} ${r.section}`)).toEqual([]);
  });

  it("says in Chinese that there is no answer, why, and the nearest topics by their Chinese titles", () => {
    const a = ask("2011年上海的GDP是多少？");
    expect(a.answered).toBe(false);
    // The regions covered are those of every loaded report (knowledge/ may hold more than Henan's).
    const [first] = a.text.split("\n");
    expect(first).toMatch(
      /^河南2011年报告中没有找到答案。报告只涉及(?:\p{Script=Han}+、)*\p{Script=Han}+，不涉及上海。$/u,
    );
    expect(first).toContain("河南");
    expect(first).toContain("山东");
    expect(a.text).toMatch(/^报告涉及的相关主题：.+/m);
    expect(a.suggestions.length).toBeGreaterThan(0);
    expect(englishOutsideQuotes(a.text)).toEqual([]);
    expect(englishOutsideQuotes(a.suggestions.join(" "))).toEqual([]);
  });

  it("leaves English replies as they were", () => {
    const a = ask("How many households were relocated?");
    expect(a.text.split("\n")[0]).toBe("5853 households: Households relocated out of mountain areas.");
    expect(a.figure).toBe("5853 households");
    expect(a.citations[0]!.sectionTitle).toBeUndefined();
  });

  it("falls back to the English label in quotes, never to an English number form, when nothing gives a Chinese name", () => {
    const kb = buildKnowledge([
      {
        meta: MADE_UP_GANSU_META,
        text: madeUpGansuText({
          Overview: "In 2012, Gansu lifted 0.82 million rural poor residents out of poverty.",
          "Drinking water":
            "In 2012, Gansu Province built 312 water cellars and laid 145 km of pipes, with an investment of 96 million Yuan.",
        }),
      },
    ]);
    const a = createEngine(kb, realEngine().glossary).answer("2012年甘肃修建了多少水窖？");
    expect(a).toMatchObject({ answered: true, value: 312 });
    const [first, source] = a.text.split("\n");
    expect(first).toMatch(/^“[^”]+”：312$/);
    expect(source).toBe("出处：甘肃2012年报告“Drinking water”");
    for (const r of a.runnerUps) expect(r.figure).not.toMatch(/[A-Za-z]/);
  });
});

describe("Chinese reply text, function by function", () => {
  const kb = realEngine().kb;
  const loans = kb.entries.find((e) => e.written === "633.5068 million Yuan") as NumericEntry;
  const households = kb.entries.find((e) => e.written === "21,000 poor households") as NumericEntry;

  it("writes a computed figure with Chinese inputs, result and label, citing the sentence once", () => {
    const d: Derived = {
      value: 30_166.99,
      unit: "Yuan",
      figure: "30,166.99 Yuan per household",
      label: "Average small loans per household",
      arithmetic: "633.5068 million Yuan ÷ 21,000 poor households = 30,166.99 Yuan per household",
      inputs: [loans, households],
      coverage: 1,
    };
    const lines = derivedText(d, [], true, realEngine()).split("\n");
    expect(lines[0]).toMatch(/^平均每户.+：30166\.99元（根据报告数字计算）$/);
    expect(lines[1]).toBe("计算：63350.68万元 ÷ 2.1万户 = 30166.99元");
    expect(lines.filter((l) => l.startsWith("原文："))).toHaveLength(1);
    expect(englishOutsideQuotes(lines.join("\n"))).toEqual([]);
  });

  it("without the knowledge at hand keeps the section's English title in quotes", () => {
    expect(figureText(households, [], true).split("\n")[1]).toBe("出处：“Microfinance and mutual funds”");
    expect(figureText(households, [], true, realEngine()).split("\n")[1]).toBe(
      "出处：河南2011年报告「小额信贷和互助资金」（Microfinance and mutual funds）",
    );
  });
});

describe("comparisons and yes/no checks asked in Chinese", () => {
  const engine = realEngine();
  const byWritten = (w: string) => engine.kb.entries.find((e) => e.written === w) as NumericEntry;
  const central = byWritten("1.029 billion Yuan");
  const provincial = byWritten("181 million Yuan");
  // Built as the engine builds them, with English lines, so this does not depend on how a question is read.
  // Any real answer carries every field of the contract; the ones that matter here are set below.
  const judged = (over: Partial<Answer>): Answer => ({
    ...engine.answer("How many households were relocated?"),
    question: "中央财政扶贫资金和省级配套资金哪个多？",
    language: "zh",
    answered: true,
    type: "comparison",
    verdict: null,
    value: central.value,
    unit: "Yuan",
    figure: central.written,
    label: "Central compared with provincial",
    section: central.section,
    report: {
      id: "henan-2011",
      title: "Poverty Alleviation and Development in Henan Province",
      region: "Henan",
      year: 2011,
    },
    text: "1.029 billion Yuan (central) is 848 million Yuan more than 181 million Yuan (provincial).",
    arithmetic: "1.029 billion Yuan − 181 million Yuan = 848 million Yuan",
    notes: [],
    citations: [citationOf(central), citationOf(provincial)],
    runnerUps: [],
    suggestions: [],
    ...over,
  });

  it("states both figures, which is larger and by how much, with the arithmetic in Chinese", () => {
    const a = inQuestionLanguage(judged({}), engine.index, engine.glossary);
    expect(a).toMatchObject({
      figure: "10.29亿元",
      label: "中央财政扶贫资金与省级配套资金相比",
      arithmetic: "10.29亿元 − 1.81亿元 = 8.48亿元",
    });
    expect(a.text.split("\n").slice(0, 4)).toEqual([
      "中央财政扶贫资金：10.29亿元",
      "省级配套资金：1.81亿元",
      "中央财政扶贫资金比省级配套资金多8.48亿元。",
      "计算：10.29亿元 − 1.81亿元 = 8.48亿元",
    ]);
    expect(englishOutsideQuotes(a.text)).toEqual([]);
  });

  it("puts the verdict first for a yes/no question", () => {
    const a = inQuestionLanguage(judged({ type: "yesno", verdict: "no" }), engine.index, engine.glossary);
    expect(a.text.split("\n")[0]).toBe("否。");
    expect(a.verdict).toBe("no");
    expect(englishOutsideQuotes(a.text)).toEqual([]);
  });

  it("lists the cited figures when the arithmetic has a form it cannot rewrite", () => {
    const a = inQuestionLanguage(
      judged({ arithmetic: "1.029 billion Yuan is bigger" }),
      engine.index,
      engine.glossary,
    );
    expect(a.arithmetic).toBe("10.29亿元，1.81亿元");
  });
});

describe("a comparison that answers with the difference, in Chinese", () => {
  it("writes the difference as its figure, not the first figure compared", () => {
    const engine = realEngine();
    const english = engine.answer(
      "Which raised household income more, the small loans or the mutual funds, and by how much per household?",
    );
    expect(english.value).toBe(800);
    const zh = inQuestionLanguage({ ...english, language: "zh" }, engine.index, engine.glossary);
    expect(zh.value).toBe(800);
    expect(zh.figure).toBe("800元");
  });
});
