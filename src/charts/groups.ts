// The chartable breakdowns of the knowledge: every group (a stated total and its parts, or a plan
// and its result) as a typed ChartSpec with both languages' labels, the figures as the report writes
// them, and the sentences they come from. Parts that do not add up to the stated total carry the gap.
import Fuse from "fuse.js";
import { z } from "zod";
import { partsAgree } from "../knowledge/audit.js";
import { chineseLabel } from "../knowledge/figures.js";
import type { KnowledgeBase } from "../knowledge/load.js";
import { isNumeric, type Entry, type Group } from "../knowledge/schema.js";
import { STOPWORDS } from "../text/words.js";
import { getOrInsertComputed } from "../util/maps.js";

const LocalTextSchema = z.object({ en: z.string().min(1), zh: z.string().min(1) });
export type LocalText = z.infer<typeof LocalTextSchema>;
export type Lang = keyof LocalText;

/** One figure of the report, as drawn: a part, a total, a plan or a result. */
const ChartFigureSchema = z.object({
  entryId: z.string().min(1),
  label: LocalTextSchema,
  value: z.number().finite(),
  unit: z.string().min(1),
  /** The figure exactly as the report writes it. */
  written: z.string().min(1),
  section: LocalTextSchema,
  sentence: z.string().min(1),
});
export type ChartFigure = z.infer<typeof ChartFigureSchema>;

const SpecBase = z.object({
  groupId: z.string().min(1),
  title: LocalTextSchema,
  /** The report sections the figures come from (usually one). */
  sections: z.array(LocalTextSchema).min(1),
  unit: z.string().min(1),
  /** parts: the components; target: the achieved figure(s). */
  bars: z.array(ChartFigureSchema).min(1),
  /** parts: the stated total; target: the planned figure. */
  total: ChartFigureSchema,
  /** The report the figures come from. */
  report: z.object({ id: z.string().min(1), title: z.string().min(1), year: z.number().int() }),
  /** The knowledge version the spec was built from. */
  knowledgeVersion: z.string(),
});

const PartsChartSpecSchema = SpecBase.extend({
  type: z.literal("parts"),
  /** Sum of the parts' values. */
  sum: z.number().finite(),
  /** Stated total minus the sum of parts, when they differ by more than the audit's tolerance (0.5%). */
  gap: z.object({ value: z.number().finite(), relative: z.number().finite() }).nullable(),
});

const TargetChartSpecSchema = SpecBase.extend({
  type: z.literal("target"),
  /** Each result as a percentage of the plan, in the order of `bars`. */
  shares: z.array(z.number().finite()),
  /** The share of the plan the report states, if any. */
  statedShare: ChartFigureSchema.nullable(),
});

export const ChartSpecSchema = z.discriminatedUnion("type", [PartsChartSpecSchema, TargetChartSpecSchema]);
export type ChartSpec = z.infer<typeof ChartSpecSchema>;
export type PartsChartSpec = z.infer<typeof PartsChartSpecSchema>;
export type TargetChartSpec = z.infer<typeof TargetChartSpecSchema>;

export class ChartSpecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ChartSpecError";
  }
}

/** The Chinese title of an entry's section (of its own report), if the annotations give one. */
const sectionZh = (kb: KnowledgeBase, e: Entry) =>
  kb.sections.find((x) => x.report === e.report && x.title === e.section)?.titleZh;

function sectionText(kb: KnowledgeBase, e: Entry): LocalText {
  return { en: e.section, zh: sectionZh(kb, e) ?? e.section };
}

function figure(kb: KnowledgeBase, group: Group, id: string): ChartFigure {
  const e = kb.byId.get(id);
  if (!e) throw new ChartSpecError(`group ${group.id} names unknown entry ${id}`);
  if (!isNumeric(e)) throw new ChartSpecError(`group ${group.id} uses ${id}, which is not a number`);
  return {
    entryId: e.id,
    label: { en: e.label, zh: chineseLabel(e) ?? e.label },
    value: e.value,
    unit: e.unit,
    written: e.written,
    section: sectionText(kb, e),
    sentence: e.sentence,
  };
}

/** The chart of one knowledge group. Throws ChartSpecError if the group names unknown or non-numeric entries. */
export function buildChartSpec(group: Group, kb: KnowledgeBase): ChartSpec {
  const total = figure(kb, group, group.total);
  const bars = group.parts.map((id) => figure(kb, group, id));
  // The stated share is quoted on the chart too: its section is a source like the others'.
  const statedShare =
    group.type === "target" && group.statedShare ? figure(kb, group, group.statedShare) : null;
  const all = [total, ...bars, ...(statedShare ? [statedShare] : [])];
  const sections = [...new Map(all.map((f) => [f.section.en, f.section])).values()];
  const reportId = kb.byId.get(group.total)?.report;
  const meta = kb.reports.find((r) => r.meta.id === reportId)?.meta;
  if (!meta) throw new ChartSpecError(`group ${group.id}: no report for entry ${group.total}`);
  const base = {
    groupId: group.id,
    title: { en: group.title, zh: group.titleZh ?? group.title },
    sections,
    unit: total.unit,
    bars,
    total,
    report: { id: meta.id, title: meta.title, year: meta.year },
    knowledgeVersion: kb.version,
  };
  if (group.type === "parts") {
    const sum = round(bars.reduce((s, b) => s + b.value, 0));
    const diff = round(total.value - sum);
    const gap = partsAgree(sum, total.value)
      ? null
      : { value: diff, relative: total.value === 0 ? 1 : diff / total.value };
    return ChartSpecSchema.parse({ ...base, type: "parts", sum, gap });
  }
  const shares = bars.map((b) => (total.value === 0 ? 0 : round((b.value / total.value) * 100)));
  return ChartSpecSchema.parse({ ...base, type: "target", shares, statedShare });
}

const round = (v: number) => Number(v.toPrecision(12));

/** Every chartable group, as id + title, for autocomplete. */
export function chartTopics(kb: KnowledgeBase): { id: string; title: string; titleZh: string }[] {
  return kb.groups.map((g) => ({ id: g.id, title: g.title, titleZh: g.titleZh ?? g.title }));
}

/** The group whose stated total (or plan) is this entry, for a "Chart" button under an answer. */
export function chartForEntry(entryId: string, kb: KnowledgeBase): Group | undefined {
  return kb.groups.find((g) => g.total === entryId);
}

// ---- topic lookup ----------------------------------------------------------------------------

/** Best-match score (fuse.js: 0 perfect, 1 none) above which a topic is "not found". */
const TOPIC_MAX_SCORE = 0.45;

/** Words that ask for a chart rather than name its topic. */
const CHART_WORDS = new Set([
  "chart",
  "charts",
  "graph",
  "plot",
  "bar",
  "bars",
  "breakdown",
  "draw",
  "picture",
  "diagram",
  "figure",
  "figures",
  "图",
  "图表",
  "的",
  "柱状图",
]);

type TopicDoc = {
  id: string;
  title: string;
  titleZh: string;
  labels: string[];
  aliases: string[];
  sections: string[];
};

/** Latin words (minus stopwords) and overlapping pairs of Han characters: Chinese has no spaces. */
function topicTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text
    .toLowerCase()
    .normalize("NFKC")
    .matchAll(/\p{Script=Han}+|[\p{L}\p{N}]+/gu)) {
    const w = m[0];
    if (/\p{Script=Han}/u.test(w)) {
      if (CHART_WORDS.has(w)) continue;
      if (w.length === 1) out.push(w);
      for (let i = 0; i + 1 < w.length; i++) out.push(w.slice(i, i + 2));
    } else if (!STOPWORDS.has(w) && !CHART_WORDS.has(w)) out.push(w);
  }
  return out;
}

const topicIndexes = new WeakMap<KnowledgeBase, Fuse<TopicDoc>>();

/** The fuse index of the groups, built once per knowledge base (src/util/maps.ts says why a WeakMap). */
function topicIndex(kb: KnowledgeBase): Fuse<TopicDoc> {
  return getOrInsertComputed(topicIndexes, kb, buildTopicIndex);
}

function buildTopicIndex(kb: KnowledgeBase): Fuse<TopicDoc> {
  const docs: TopicDoc[] = kb.groups.map((g) => {
    const entries = [g.total, ...g.parts].map((id) => kb.byId.get(id)).filter((e) => e !== undefined);
    const sections = [...new Map(entries.map((e) => [e.section, e])).values()];
    return {
      id: g.id,
      title: g.title,
      titleZh: g.titleZh ?? "",
      labels: entries.map((e) => e.label),
      aliases: entries.flatMap((e) => e.aliases),
      sections: [...sections.map((e) => e.section), ...sections.map((e) => sectionZh(kb, e) ?? "")].filter(
        Boolean,
      ),
    };
  });
  return new Fuse(docs, {
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.3,
    useTokenSearch: true,
    tokenize: topicTokens,
    keys: [
      { name: "title", weight: 3 },
      { name: "titleZh", weight: 3 },
      { name: "labels", weight: 2 },
      { name: "aliases", weight: 1 },
      { name: "sections", weight: 1 },
    ],
  });
}

/**
 * The group a free-text topic means ("anti-poverty funds by source", "rain plan training",
 * "扶贫资金来源"), or a group id as given by autocomplete; undefined when nothing matches well.
 */
export function findChart(topic: string, kb: KnowledgeBase): Group | undefined {
  const text = topic.trim();
  if (!text) return undefined;
  const byId = kb.groups.find((g) => g.id === text);
  if (byId) return byId;
  if (topicTokens(text).length === 0) return undefined;
  const best = topicIndex(kb).search(text, { limit: 1 })[0];
  if (!best || (best.score ?? 1) > TOPIC_MAX_SCORE) return undefined;
  return kb.groups.find((g) => g.id === best.item.id);
}
