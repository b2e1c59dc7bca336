// Chart specs from the real knowledge: every group, the funds gap, target shares, topic lookup, text.
import { describe, expect, it } from "vitest";
import {
  buildChartSpec,
  chartForEntry,
  chartText,
  chartTopics,
  ChartSpecSchema,
  findChart,
} from "../../src/charts/index.js";
import { realEngine } from "../support/knowledge.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { DEFAULT_KNOWLEDGE_DIR } from "../../src/paths.js";

const kb = loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
const FUNDS = "anti-poverty-funds-by-source";
const group = (id: string) => {
  const g = kb.groups.find((x) => x.id === id);
  if (!g) throw new Error(`no group ${id}`);
  return g;
};

describe("chart specs", () => {
  it("builds a valid spec for every group of the knowledge", () => {
    expect(kb.groups.length).toBeGreaterThanOrEqual(8);
    for (const g of kb.groups) {
      const spec = buildChartSpec(g, kb);
      expect(ChartSpecSchema.parse(spec)).toEqual(spec);
      expect(spec.bars.map((b) => b.entryId)).toEqual(g.parts);
      expect(spec.total.entryId).toBe(g.total);
      expect(spec.title.en).toBe(g.title);
      expect(spec.title.zh).toMatch(/\p{Script=Han}/u);
      expect(spec.sections.length).toBeGreaterThan(0);
      // Every figure is cited with its own entry's sentence and section, and reads as written there.
      for (const b of [spec.total, ...spec.bars]) {
        const e = kb.byId.get(b.entryId);
        if (!e) throw new Error(`no entry ${b.entryId}`);
        expect(b.sentence).toBe(e.sentence);
        expect(b.section.en).toBe(e.section);
        expect(b.written).toBe(e.written);
        expect(b.sentence).toContain(b.written);
        expect(spec.sections.map((x) => x.en)).toContain(e.section);
      }
    }
  });

  it("reports the 270 million Yuan gap in the 2011 funds (parts 4.148 billion, stated 4.418 billion)", () => {
    const spec = buildChartSpec(group(FUNDS), kb);
    expect(spec.type).toBe("parts");
    if (spec.type !== "parts") return;
    expect(spec.total.value).toBe(4_418_000_000);
    expect(spec.total.written).toBe("4.418 billion Yuan");
    expect(spec.sum).toBe(4_148_000_000);
    expect(spec.gap?.value).toBe(270_000_000);
    expect(spec.gap?.relative).toBeCloseTo(0.0611, 3);
    expect(spec.bars.map((b) => b.written)).toEqual([
      "1.029 billion Yuan",
      "181 million Yuan",
      "400 million Yuan",
      "1.418 billion Yuan",
      "1.12 billion Yuan",
    ]);
    expect(spec.bars[0]?.label.zh).toBe("中央财政扶贫资金");
    expect(spec.sections).toEqual([{ en: "Investment of anti-poverty funds", zh: "扶贫资金投入" }]);
  });

  it("has no gap where the parts add up", () => {
    for (const id of [
      "entire-village-advancement-investment-by-source",
      "lottery-fund-2010-pilots-investment",
      "science-technology-projects-by-funder",
    ]) {
      const spec = buildChartSpec(group(id), kb);
      expect(spec.type === "parts" && spec.gap).toBe(null);
    }
  });

  it("gives plan against result with the stated share for target groups", () => {
    const spec = buildChartSpec(group("rain-plan-training-target"), kb);
    expect(spec.type).toBe("target");
    if (spec.type !== "target") return;
    expect(spec.total.value).toBe(200_000);
    expect(spec.bars.map((b) => b.value)).toEqual([206_300]);
    expect(spec.shares).toEqual([103.15]);
    expect(spec.statedShare?.written).toBe("103%");
  });

  it("rejects a group naming an entry the knowledge lacks", () => {
    expect(() => buildChartSpec({ ...group(FUNDS), parts: ["henan-2011:no-such-entry"] }, kb)).toThrow(
      /no-such-entry/,
    );
  });
});

describe("findChart", () => {
  it.each([
    ["anti-poverty funds by source", FUNDS],
    ["rain plan training", "rain-plan-training-target"],
    ["Chart of the lottery fund 2010 pilots", "lottery-fund-2010-pilots-investment"],
    ["lottery pilots 2011", "lottery-fund-2011-pilots-investment"],
    ["sci-tech projects", "science-technology-projects-by-funder"],
    ["contiguous development pilot counties", "contiguous-development-pilot-counties-by-batch"],
    ["扶贫资金来源", FUNDS],
    ["雨露计划培训", "rain-plan-training-target"],
    ["整村推进完成村数", "entire-village-advancement-villages-target"],
    [FUNDS, FUNDS],
  ])("%s -> %s", (topic, id) => {
    expect(findChart(topic, kb)?.id).toBe(id);
  });

  it.each(["xyzzy frobnicate", "weather in paris", "天气预报", "the", "", "   ", "???"])(
    "no chart for %j",
    (topic) => {
      expect(findChart(topic, kb)).toBeUndefined();
    },
  );

  it("follows the knowledge version: a reloaded knowledge without the group no longer finds it", () => {
    expect(findChart("anti-poverty funds by source", kb)?.id).toBe(FUNDS);
    const without = {
      ...kb,
      version: `${kb.version}-without-funds`,
      groups: kb.groups.filter((g) => g.id !== FUNDS),
    };
    expect(findChart("anti-poverty funds by source", without)?.id).not.toBe(FUNDS);
    expect(findChart("anti-poverty funds by source", kb)?.id).toBe(FUNDS);
  });

  it("searches each knowledge base's own groups, even two that carry the same version", () => {
    // The index is kept per knowledge base object (src/util/maps.ts), not per version string.
    expect(findChart("anti-poverty funds by source", kb)?.id).toBe(FUNDS);
    const extra = { ...group(FUNDS), id: "zebra-crossings-by-colour", title: "Zebra crossings by colour" };
    const withExtra = { ...kb, groups: [...kb.groups, extra] };
    expect(findChart("zebra crossings by colour", withExtra)?.id).toBe(extra.id);
    expect(findChart("zebra crossings by colour", kb)).toBeUndefined();
  });
});

describe("API for the bot", () => {
  it("lists every group for autocomplete", () => {
    const topics = chartTopics(kb);
    expect(topics.map((t) => t.id)).toEqual(kb.groups.map((g) => g.id));
    expect(topics.find((t) => t.id === FUNDS)?.titleZh).toBe("2011年财政扶贫资金来源构成");
  });

  it("offers a chart for an answer whose figure is a group's total, and none for a part", () => {
    const g = group(FUNDS);
    expect(chartForEntry(g.total, kb)?.id).toBe(FUNDS);
    expect(chartForEntry(g.parts[0]!, kb)).toBeUndefined();
    // The entry the engine answers with for the total is the one the button would chart.
    const answer = realEngine().answer("How much anti-poverty funding did Henan issue in 2011 in total?");
    expect(answer.type).toBe("figure");
    expect(chartForEntry(answer.citations[0]?.entryId ?? "", kb)?.id).toBe(FUNDS);
  });

  it("gives the figures as text with citations, in English and Chinese", () => {
    const spec = buildChartSpec(group(FUNDS), kb);
    const en = chartText(spec, "en").join("\n");
    expect(en).toContain("Financial anti-poverty funds issued in 2011, by source");
    expect(en).toContain("- Anti-poverty funds from the central government: 1.029 billion Yuan");
    expect(en).toContain("Stated total: 4.418 billion Yuan");
    expect(en).toMatch(/270 million Yuan \(6\.1%\) less than the stated total/);
    expect(en).toContain(`Source (Investment of anti-poverty funds): "${spec.total.sentence}"`);
    const zh = chartText(spec, "zh").join("\n");
    expect(zh).toContain("2011年财政扶贫资金来源构成");
    expect(zh).toContain("中央财政扶贫资金：1.029 billion Yuan（10.29亿元）");
    expect(zh).toContain("少2.7亿元");
    expect(zh).toContain(`出处「扶贫资金投入」："${spec.total.sentence}"`);
    const target = chartText(buildChartSpec(group("rain-plan-training-target"), kb), "en").join("\n");
    expect(target).toContain("103.15% of the plan");
    expect(target).toContain("the report states 103%");
  });
});
