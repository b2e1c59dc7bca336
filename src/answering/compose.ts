// Writes the reply text for each kind of answer, in the question's language. Quotes stay in the
// report's own words (English): a translation would no longer be a quote, so in Chinese they are
// labelled 原文 and everything around them (figures, labels, section names, notes) is Chinese.
import type { SearchIndex } from "./search-index.js";
import { sentenceKey } from "../knowledge/section-key.js";
import type { KnowledgeBase } from "../knowledge/load.js";
import type { Entry, NumericEntry, ReportMeta } from "../knowledge/schema.js";
import { getOrInsertComputed } from "../util/maps.js";
import type { Derived } from "./compute.js";
import { entryFigure, formatFigure, zhPer, type Lang } from "../knowledge/figures.js";
import type { Citation } from "./schema.js";
import {
  labelIn,
  quoteEnglish,
  reasonIn,
  regionIn,
  sectionCitedIn,
  sectionTitleIn,
  type Lexicon,
} from "./zh.js";

const metaByReport = new WeakMap<KnowledgeBase, Map<string, ReportMeta>>();

/** A report as people name it, by region and year ("Henan 2011"; in Chinese 河南2011年报告). */
export function reportName(kb: KnowledgeBase, id: string, lang: Lang): string | undefined {
  const meta = getOrInsertComputed(
    metaByReport,
    kb,
    (k) => new Map(k.reports.map((r) => [r.meta.id, r.meta])),
  ).get(id);
  if (!meta) return undefined;
  return lang === "zh" ? `${regionIn(meta.region, "zh")}${meta.year}年报告` : `${meta.region} ${meta.year}`;
}

/** A reply names the reports it speaks of up to this many; beyond, it counts them (a list of hundreds says nothing). */
export const REPORTS_NAMED_MAX = 4;

/** Every report loaded, named, for a reply that speaks of all of them ("Henan 2011 and Anhui 2012"). */
export function reportNames(kb: KnowledgeBase, lang: Lang): string {
  if (kb.reports.length > REPORTS_NAMED_MAX)
    return lang === "zh" ? `已载入的${kb.reports.length}份报告` : `${kb.reports.length} loaded`;
  const names = kb.reports.map((r) => reportName(kb, r.meta.id, lang)!);
  if (lang === "zh") return names.join("、");
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** Where a quote comes from, in English: its section and its report ("Overview, Henan 2011"). */
export function sourcePlace(section: string, report: string, kb: KnowledgeBase | undefined): string {
  const name = kb && reportName(kb, report, "en");
  return name ? `${section}, ${name}` : section;
}

export function citationOf(e: Entry): Citation {
  return {
    entryId: e.id,
    report: e.report,
    section: e.section,
    quote: e.sentence,
    value: e.value,
    unit: e.unit,
    written: e.written,
  };
}

/** Notes a reader needs beside a figure: a total whose parts do not add up, a section about another region. */
export function notesFor(e: Entry, index: SearchIndex, lang: Lang = "en"): string[] {
  const zh = lang === "zh";
  const notes: string[] = [];
  const report = index.reportsById.get(e.report);
  if (report && e.region !== report.meta.region) {
    notes.push(
      zh
        ? `报告的这一部分讲的是${regionIn(e.region, lang)}，不是${regionIn(report.meta.region, lang)}。`
        : `This section of the report is about ${e.region}, not ${report.meta.region}.`,
    );
  }
  // The audit already checked every total against its parts; a failed check becomes a note here.
  for (const g of index.groupsByTotal.get(e.id) ?? []) {
    const check = index.sumChecks.get(g.id);
    if (!check || check.ok) continue;
    const parts = g.parts.map((id) => index.kb.byId.get(id)).filter((p): p is Entry => !!p);
    const fmt = (v: number) => formatFigure(v, check.unit, lang);
    const gap = fmt(Math.abs(check.stated - check.computed));
    notes.push(
      zh
        ? `报告所列各部分（${parts.map((p) => entryFigure(p, lang)).join(" + ")}）合计${fmt(check.computed)}，而不是${entryFigure(e, lang)}，相差${gap}。`
        : `The parts the report lists (${parts.map((p) => p.written).join(" + ")}) add up to ${fmt(check.computed)}, not ${e.written}: a gap of ${gap}.`,
    );
  }
  return notes;
}

const noteLines = (notes: string[], zh: boolean) => notes.map((n) => (zh ? `注：${n}` : `Note: ${n}`));

/** Where a figure comes from, in Chinese: the section (Chinese and English title) and the sentence, labelled 原文. */
export function sourceLinesZh(
  entries: { section: string; report: string; sentence: string }[],
  lex: Lexicon | undefined,
): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const e of entries) {
    const key = sentenceKey(e.report, e.section, e.sentence);
    if (seen.has(key)) continue;
    seen.add(key);
    const name = lex ? (reportName(lex.kb, e.report, "zh") ?? "") : "";
    lines.push(`出处：${name}${sectionCitedIn(e.section, lex, "zh", e.report)}`, `原文：“${e.sentence}”`);
  }
  return lines;
}

/**
 * `lex` gives Chinese section titles and glossary labels (without it those stay English, quoted),
 * `kb` the report names of English source lines.
 */
export function figureText(
  e: Entry,
  notes: string[],
  zh: boolean,
  lex?: Lexicon,
  kb?: KnowledgeBase,
): string {
  const lines = zh
    ? [`${labelIn(e, "zh", lex?.glossary)}：${entryFigure(e, "zh")}`, ...sourceLinesZh([e], lex)]
    : [`${e.written}: ${e.label}.`, `Source (${sourcePlace(e.section, e.report, kb)}): "${e.sentence}"`];
  return [...lines, ...noteLines(notes, zh)].join("\n");
}

const IMPLIED_PLAN = /÷\s*(?:\(100% \+ [\d.]+%\)|[\d.]+%)\s*=/;
/**
 * How a computed figure reads in Chinese. Derived carries no kind of its own, so the kind is read
 * from the arithmetic compute.ts writes ("a ÷ b × 100", "a ÷ b = … per household", "a + b", "a − b");
 * a kind not recognised keeps its English label, quoted.
 */
export function derivedIn(
  d: Derived,
  lang: Lang,
  lex?: Lexicon,
): { figure: string; amount: string; label: string; arithmetic: string } {
  if (lang === "en") return { figure: d.figure, amount: d.figure, label: d.label, arithmetic: d.arithmetic };
  const label = (e: NumericEntry) => labelIn(e, "zh", lex?.glossary);
  const [a, b] = d.inputs;
  const perUnit = b && / per \S/.test(d.figure) ? zhPer(b.unit) : undefined;
  // A sum of counts of different things ("bridges and culverts") has no one measure word.
  const amount = formatFigure(d.value, d.unit.includes(" and ") ? "" : d.unit, "zh");
  const figure = perUnit ? `${perUnit}${amount}` : amount;
  let text: string;
  // A plan implied by a share of it ("N ÷ 105%", "N ÷ (100% + 17.06%)"): not a sum, though it has a "+".
  if (a && IMPLIED_PLAN.test(d.arithmetic)) text = `${label(a)}对应的计划数`;
  else if (a && b && d.unit === "%" && /×\s*100/.test(d.arithmetic)) text = `${label(a)}占${label(b)}的比例`;
  else if (a && perUnit) text = `平均${perUnit}${label(a)}`;
  // A sum names every part it adds ("A、B与C合计"): naming two of three read as the sum of those two.
  else if (a && b && / \+ /.test(d.arithmetic)) text = `${listedZh(d.inputs.map(label))}合计`;
  else if (a && b && / − /.test(d.arithmetic)) text = `${label(a)}与${label(b)}之差`;
  else text = quoteEnglish(d.label);
  return { figure, amount, label: text, arithmetic: arithmeticIn(d, amount) };
}

/** Names listed the Chinese way: "A与B", three or more "A、B与C". */
export function listedZh(names: readonly string[]): string {
  return names.length <= 2 ? names.join("与") : `${names.slice(0, -1).join("、")}与${names.at(-1)}`;
}

// The English arithmetic with each input written in Chinese and the result replaced; if any English
// is left over (a form this does not know), the inputs and the result are listed instead.
function arithmeticIn(d: Derived, result: string): string {
  let s = d.arithmetic;
  for (const e of [...d.inputs].sort((x, y) => y.written.length - x.written.length))
    s = s.split(e.written).join(entryFigure(e, "zh"));
  const eq = s.lastIndexOf("=");
  if (eq >= 0) s = `${s.slice(0, eq)}= ${result}`;
  return /[A-Za-z]{2,}/.test(s) ? `${d.inputs.map((e) => entryFigure(e, "zh")).join("，")} → ${result}` : s;
}

export function derivedText(
  d: Derived,
  notes: string[],
  zh: boolean,
  lex?: Lexicon,
  kb?: KnowledgeBase,
): string {
  if (zh) {
    const z = derivedIn(d, "zh", lex);
    return [
      `${z.label}：${z.amount}（根据报告数字计算）`,
      `计算：${z.arithmetic}`,
      ...sourceLinesZh(d.inputs, lex),
      ...noteLines(notes, zh),
    ].join("\n");
  }
  const lines = [
    `${d.figure}: ${d.label} (computed from the report's figures).`,
    `Arithmetic: ${d.arithmetic}`,
  ];
  lines.push(...inputSources(d.inputs, kb));
  return [...lines, ...noteLines(notes, zh)].join("\n");
}

/** One source line per input of a computed or judged figure ("Source for 2 million Yuan (…): …"). */
export function inputSources(inputs: Entry[], kb: KnowledgeBase | undefined): string[] {
  return inputs.map(
    (e) => `Source for ${e.written} (${sourcePlace(e.section, e.report, kb)}): "${e.sentence}"`,
  );
}

export function passageText(
  section: string,
  sentences: string[],
  zh: boolean,
  lex?: Lexicon,
  report?: string,
  kb?: KnowledgeBase,
): string {
  if (zh) {
    const name = (lex && report && reportName(lex.kb, report, "zh")) || "报告";
    return [
      `${name}${sectionCitedIn(section, lex, "zh", report)}部分原文：`,
      ...sentences.map((s) => `“${s}”`),
    ].join("\n");
  }
  const name = kb && report ? reportName(kb, report, "en") : undefined;
  return [`From "${section}"${name ? ` (${name})` : ""}:`, ...sentences.map((s) => `"${s}"`)].join("\n");
}

/**
 * Names as one English sentence, in the report's order: "A, B and C". When a name holds its own
 * "and" or comma ("X Manchu and Mongolian Autonomous County", "villages and enterprises"),
 * semicolons part the names so that each reads whole: "A; B; and X Manchu and Mongolian …".
 */
export function namesSentence(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  const [last, rest] = [items.at(-1)!, items.slice(0, -1)];
  if (items.some((n) => /\band\b|,/.test(n))) return `${rest.join("; ")}; and ${last}`;
  return `${rest.join(", ")} and ${last}`;
}

export type Topic = { title: string; report: string };

/**
 * A nearest topic as it reads: the section's title (in Chinese when `lex` gives one) and, when
 * several reports are loaded, whose section it is ("Overview (Henan 2011)").
 */
export function topicName(t: Topic, lang: Lang, kb: KnowledgeBase, lex?: Lexicon): string {
  const several = kb.reports.length > 1;
  if (lang === "zh") {
    const title = sectionTitleIn(t.title, lex, "zh", t.report);
    return several ? `${title}（${reportName(kb, t.report, "zh")}）` : title;
  }
  return several ? `${t.title} (${reportName(kb, t.report, "en")})` : t.title;
}

/** The line naming the nearest topics, already written as they read (topicName). */
export function topicsLine(names: string[], zh: boolean): string {
  if (names.length === 0) return "";
  return zh
    ? `报告涉及的相关主题：${names.join("；")}`
    : `Nearest topics it does cover: ${names.join("; ")}.`;
}

/**
 * The first line says there is no answer, from which reports, and why; the second (if any) names the
 * nearest topics. `kb` names the reports searched (without it: "the report").
 */
export function noAnswerText(
  reason: string,
  suggestions: string[],
  zh: boolean,
  lex?: Lexicon,
  kb?: KnowledgeBase,
): string {
  const searched = kb ?? lex?.kb;
  const several = (searched?.reports.length ?? 0) > 1;
  const first = zh
    ? `${searched ? reportNames(searched, "zh") : "报告"}中没有找到答案。${reasonIn(reason, "zh", lex?.glossary)}`
    : `I can't answer that from ${searched ? `the ${reportNames(searched, "en")} report${several ? "s" : ""}` : "the report"}. ${several ? reason.replace(/^The report has\b/, "The reports have") : reason}`;
  return [first, topicsLine(suggestions, zh)].filter(Boolean).join("\n");
}
