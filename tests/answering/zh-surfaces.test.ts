// Every surface shows a Chinese answer in Chinese: the terminal and the Discord embed.
import { describe, expect, it } from "vitest";
import { renderForTerminal } from "../../src/surfaces/cli/render.js";
import { answerEmbed, sectionPages, sectionsEmbed } from "../../src/surfaces/discord/embeds.js";
import { localeFor } from "../../src/surfaces/discord/locales/index.js";
import { HENAN_ID, realEngine } from "../support/knowledge.js";

const ask = (q: string) => realEngine().answer(q);
const englishOutsideQuotes = (text: string) =>
  text
    .replace(/“[^”]*”/g, "")
    .replace(/（[^）]*）/g, "")
    .replace(/《[^》]*》/g, "")
    .match(/[A-Za-z]{2,}/g) ?? [];

describe("the terminal", () => {
  it("renders a Chinese answer in Chinese, quotes labelled 原文, the English section title kept beside the Chinese", () => {
    const out = renderForTerminal(ask("2011年河南有多少贫困人口脱贫？"));
    const lines = out.split("\n");
    expect(lines[0]).toBe("103.3万人  —— 脱贫人口");
    expect(lines[1]).toMatch(/^ {2}原文：“In 2011, Henan Province lifted 1\.033 million/);
    expect(lines[2]).toBe(
      "     —— 「概况」（Overview），《Poverty Alleviation and Development in Henan Province》（2011）",
    );
    expect(out).toContain("  相近的数字：");
    expect(out).not.toMatch(/also close|note:|computed:/);
    expect(englishOutsideQuotes(out)).toEqual([]);
  });

  it("renders a yes/no check by its verdict and figures, then its arithmetic and sources", () => {
    const base = ask("2011年财政扶贫资金总额是多少？");
    const out = renderForTerminal({
      ...base,
      type: "yesno",
      verdict: "no",
      runnerUps: [],
      notes: [],
      arithmetic: "10.29亿元 + 1.81亿元 = 12.1亿元",
      text: [
        "否。",
        "财政扶贫资金总额：44.18亿元",
        "计算：10.29亿元 + 1.81亿元 = 12.1亿元",
        `出处：「扶贫资金投入」（Investment of anti-poverty funds）`,
        `原文：“${base.citations[0]!.quote}”`,
      ].join("\n"),
    });
    expect(out.split("\n").slice(0, 4)).toEqual([
      "否。",
      "财政扶贫资金总额：44.18亿元",
      "  计算：10.29亿元 + 1.81亿元 = 12.1亿元",
      `  原文：“${base.citations[0]!.quote}”`,
    ]);
  });

  it("renders a Chinese no-answer in Chinese", () => {
    const out = renderForTerminal(ask("2011年上海的GDP是多少？"));
    expect(out).toMatch(/^河南2011年报告中没有找到答案。/);
    expect(englishOutsideQuotes(out)).toEqual([]);
  });

  it("renders an English answer as before", () => {
    const lines = renderForTerminal(ask("How many households were relocated?")).split("\n");
    expect(lines[0]).toBe("5853 households  — Households relocated out of mountain areas");
    expect(lines[2]).toBe(
      "     — Relocation for poverty alleviation, Poverty Alleviation and Development in Henan Province (2011)",
    );
    expect(lines).toContain("  also close:");
  });
});

describe("the Discord embed", () => {
  it("shows a Chinese answer in Chinese: figure, label, 原文 quote, notes, runner-ups and the section in the footer", () => {
    const embed = answerEmbed(ask("2011年财政扶贫资金总额是多少？")).toJSON();
    expect(embed.title).toBe("44.18亿元");
    expect(embed.description).toContain("财政扶贫资金总额：44.18亿元");
    expect(embed.description).toContain("原文\n> In 2011, a total of 4.418 billion Yuan");
    expect(embed.footer?.text).toBe(
      "扶贫资金投入（Investment of anti-poverty funds） · Poverty Alleviation and Development in Henan Province (2011)",
    );
    const fields = Object.fromEntries((embed.fields ?? []).map((f) => [f.name, f.value]));
    expect(fields.说明).toContain("合计41.48亿元");
    expect(fields.相近的数字).toMatch(/^• 10\.29亿元 —— 中央财政扶贫资金（扶贫资金投入）/);
    expect(englishOutsideQuotes(`${fields.相近的数字}\n${fields.说明}`)).toEqual([]);
  });

  it("shows an English answer as before", () => {
    const embed = answerEmbed(ask("How many households were relocated?")).toJSON();
    expect(embed.title).toBe("5853 households");
    expect(embed.footer?.text).toBe(
      "Relocation for poverty alleviation · Poverty Alleviation and Development in Henan Province (2011)",
    );
    expect(embed.description).not.toContain("原文");
  });
});

describe("/section and /sections for a zh-CN user", () => {
  it("give Chinese titles (with the English one), Chinese figures and labels; English users see them as before", () => {
    const engine = realEngine();
    // Henan's section by report and title: another report may have a section of the same title.
    const section = engine.kb.sections.find(
      (s) => s.report === HENAN_ID && s.title === "Relocation for poverty alleviation",
    )!;
    const zh = sectionPages(engine, section, localeFor("zh-CN"))[0]!.toJSON();
    expect(zh.title).toBe("易地扶贫搬迁（Relocation for poverty alleviation）");
    expect(zh.description).toContain("• **5853户** — 易地扶贫搬迁户数");
    const en = sectionPages(engine, section, localeFor("en-US"))[0]!.toJSON();
    expect(en.title).toBe("Relocation for poverty alleviation");
    expect(en.description).toContain("• **5853 households** — Households relocated out of mountain areas");
    // One field per report, in the knowledge's order: Henan's is not necessarily the first.
    const henanField = engine.kb.reports.findIndex((r) => r.meta.id === HENAN_ID);
    expect(sectionsEmbed(engine, localeFor("zh-CN")).toJSON().fields![henanField]!.value).toContain(
      "7. 易地扶贫搬迁（Relocation for poverty alleviation）",
    );
  });
});

describe("embed titles of verdicts and lists", () => {
  it("leads with the verdict, and names a list as names", () => {
    expect(
      answerEmbed(realEngine().answer("Did the Rain Plan hit its annual training target?")).toJSON().title,
    ).toBe("Yes · 206300 people");
    expect(answerEmbed(realEngine().answer("雨露计划完成培训任务了吗？")).toJSON().title).toMatch(/^是 · /);
    expect(
      answerEmbed(
        realEngine().answer("Which counties were in the first batch of contiguous development pilots?"),
      ).toJSON().title,
    ).toBe("Names in the report");
  });
});
