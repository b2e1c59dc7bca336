// Chinese names: labels from the annotations' Chinese aliases, then the glossary read backwards,
// then the English in quotes; section titles the same way; the engine's no-answer reasons.
import { describe, expect, it } from "vitest";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { labelIn, reasonIn, regionIn, sectionCitedIn, sectionTitleIn } from "../../src/answering/zh.js";
import { buildKnowledge } from "../../src/knowledge/load.js";
import type { Entry } from "../../src/knowledge/schema.js";
import { MADE_UP_GANSU_META, madeUpGansuText, realEngine } from "../support/knowledge.js";

const entry = (label: string, aliases: string[] = []) =>
  ({
    id: "x",
    report: "r",
    section: "s",
    region: "Henan",
    year: 2011,
    label,
    aliases,
    kind: "count",
    value: 1,
    unit: "people",
    written: "1 person",
    sentence: "s",
    context: "c",
  }) as Entry;

const glossary = fromTerms({
  重点县: "key counties",
  雨露计划: "Rain Plan",
  概况: "overview",
  桥: "bridges",
  桥梁: "bridges",
});

describe("labels in Chinese", () => {
  it("uses the entry's Chinese alias", () => {
    const e = realEngine().kb.byId.get("henan-2011:overview:1-033-million-rural-poor-residents")!;
    expect(labelIn(e, "zh")).toBe("脱贫人口");
    expect(labelIn(e, "en")).toBe(e.label);
  });

  it("falls back to the glossary read backwards, also without a trailing bracket", () => {
    expect(labelIn(entry("Rain Plan"), "zh", glossary)).toBe("雨露计划");
    expect(labelIn(entry("Key counties (national)"), "zh", glossary)).toBe("重点县");
    // Two Chinese terms for one English phrase: the fuller one.
    expect(labelIn(entry("bridges"), "zh", glossary)).toBe("桥梁");
  });

  it("quotes the English label when neither gives a Chinese one", () => {
    expect(labelIn(entry("Tractors bought"), "zh", glossary)).toBe("“Tractors bought”");
    expect(labelIn(entry("Tractors bought"), "zh")).toBe("“Tractors bought”");
  });
});

describe("section titles in Chinese", () => {
  const kb = buildKnowledge([
    {
      meta: MADE_UP_GANSU_META,
      text: madeUpGansuText({
        Overview: "In 2012, Gansu built 312 water cellars.",
        "Drinking water": "In 2012, Gansu laid 145 km of pipes.",
      }),
    },
  ]);
  const gansu = { kb, glossary };

  it("uses the annotations' Chinese title and keeps the English one in a citation", () => {
    const henan = realEngine();
    expect(sectionTitleIn("Relocation for poverty alleviation", henan, "zh")).toBe("易地扶贫搬迁");
    expect(sectionCitedIn("Relocation for poverty alleviation", henan, "zh", "henan-2011")).toBe(
      "「易地扶贫搬迁」（Relocation for poverty alleviation）",
    );
    expect(sectionCitedIn("Relocation for poverty alleviation", henan, "en")).toBe(
      "Relocation for poverty alleviation",
    );
  });

  it("falls back to the glossary, then to the English title in quotes", () => {
    expect(sectionTitleIn("Overview", gansu, "zh")).toBe("概况");
    expect(sectionTitleIn("Drinking water", gansu, "zh")).toBe("“Drinking water”");
    expect(sectionCitedIn("Drinking water", gansu, "zh")).toBe("“Drinking water”");
    expect(sectionTitleIn("Drinking water", undefined, "zh")).toBe("“Drinking water”");
  });
});

describe("no-answer reasons in Chinese", () => {
  it("translates the reasons the engine gives", () => {
    expect(reasonIn("It covers Henan and Shandong, not Shanghai.", "zh")).toBe(
      "报告只涉及河南、山东，不涉及上海。",
    );
    expect(reasonIn("It has figures for 2010 and 2011, not 2012.", "zh")).toBe(
      "报告只有2010年、2011年的数字，没有2012年的数字。",
    );
    expect(reasonIn("The report has no figure that matches what was asked.", "zh")).toBe(
      "报告中没有与所问内容相符的数字。",
    );
  });

  it("keeps a reason already in Chinese, drops an unknown English one, leaves English alone", () => {
    expect(reasonIn("无法计算。", "zh")).toBe("无法计算。");
    expect(reasonIn("Some reason nobody taught it.", "zh")).toBe("");
    expect(reasonIn("Some reason.", "en")).toBe("Some reason.");
    expect(regionIn("Atlantis", "zh")).toBe("“Atlantis”");
  });
});
