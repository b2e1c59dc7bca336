// Writes the reply text for each kind of answer, in the question's language. Quotes stay in the
// report's own words: a translation would no longer be a quote.
import type { SearchIndex } from "./search-index.js";
import type { Entry } from "../knowledge/schema.js";
import type { Derived } from "./compute.js";
import { chineseLabel, formatValue, formatValueZh } from "./format.js";
import type { Citation } from "./schema.js";

export function citationOf(e: Entry): Citation {
  return { entryId: e.id, report: e.report, section: e.section, quote: e.sentence, value: e.value, unit: e.unit, written: e.written };
}

/** Notes a reader needs beside a figure: a total whose parts do not add up, a section about another region. */
export function notesFor(e: Entry, index: SearchIndex): string[] {
  const notes: string[] = [];
  const report = index.reportsById.get(e.report);
  if (report && e.region !== report.meta.region) notes.push(`This section of the report is about ${e.region}, not ${report.meta.region}.`);
  // The audit already checked every total against its parts; a failed check becomes a note here.
  for (const g of index.groupsByTotal.get(e.id) ?? []) {
    const check = index.sumChecks.get(g.id);
    if (!check || check.ok) continue;
    const parts = g.parts.map((id) => index.kb.byId.get(id)?.written).join(" + ");
    notes.push(`The parts the report lists (${parts}) add up to ${formatValue(check.computed, check.unit)}, not ${e.written}: a gap of ${formatValue(Math.abs(check.stated - check.computed), check.unit)}.`);
  }
  return notes;
}

export function figureText(e: Entry, notes: string[], zh: boolean): string {
  const lines = zh
    ? [`${e.written}${e.kind === "money" ? `（${formatValueZh(e.value, "Yuan")}）` : ""}：${chineseLabel(e) ?? e.label}`, `出处「${e.section}」："${e.sentence}"`]
    : [`${e.written}: ${e.label}.`, `Source (${e.section}): "${e.sentence}"`];
  return [...lines, ...notes.map((n) => (zh ? `注：${n}` : `Note: ${n}`))].join("\n");
}

export function derivedText(d: Derived, notes: string[], zh: boolean): string {
  const lines = zh
    ? [`${d.figure}：${d.label}（根据报告数字计算）`, `计算：${d.arithmetic}`]
    : [`${d.figure}: ${d.label} (computed from the report's figures).`, `Arithmetic: ${d.arithmetic}`];
  for (const e of d.inputs) lines.push(zh ? `出处「${e.section}」："${e.sentence}"` : `Source for ${e.written} (${e.section}): "${e.sentence}"`);
  return [...lines, ...notes.map((n) => (zh ? `注：${n}` : `Note: ${n}`))].join("\n");
}

export function passageText(section: string, sentences: string[], zh: boolean): string {
  return [zh ? `报告「${section}」部分写道：` : `From "${section}":`, ...sentences.map((s) => `"${s}"`)].join("\n");
}

export function noAnswerText(reason: string, suggestions: string[], zh: boolean): string {
  const topics = suggestions.join("; ");
  return zh
    ? `报告中没有找到答案。${reason}${topics ? `\n报告涉及的相关主题：${topics}` : ""}`
    : `I can't answer that from the report. ${reason}${topics ? `\nNearest topics it does cover: ${topics}.` : ""}`;
}
