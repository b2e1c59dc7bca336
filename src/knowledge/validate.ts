// The two checks that guard every figure the bot can say: provenance (the figure is written in
// its sentence and the sentence is in the report) and coverage (no number in the report's body
// is left without an entry or a stated reason to skip it).
import { findDates, findNumbers, isYear } from "./numbers.js";
import type { Entry, Section, Skip } from "./schema.js";

export type Violation = { check: "schema" | "provenance" | "coverage" | "groups" | "ids"; message: string };

export function checkProvenance(entries: Entry[], sections: Section[]): Violation[] {
  const bySection = new Map(sections.map((s) => [`${s.report}\u0000${s.title}`, s]));
  const out: Violation[] = [];
  for (const e of entries) {
    const section = bySection.get(`${e.report}\u0000${e.section}`);
    if (!section) {
      out.push({ check: "provenance", message: `${e.id}: section "${e.section}" is not in report ${e.report}` });
      continue;
    }
    if (!section.text.includes(e.sentence)) {
      out.push({ check: "provenance", message: `${e.id}: its sentence is not in section "${e.section}": "${e.sentence.slice(0, 120)}"` });
    }
    if (!e.sentence.includes(e.written)) {
      out.push({ check: "provenance", message: `${e.id}: "${e.written}" is not written in its sentence "${e.sentence.slice(0, 120)}"` });
      continue;
    }
    const problem = writtenValueProblem(e);
    if (problem) out.push({ check: "provenance", message: `${e.id}: ${problem}` });
  }
  return out;
}

// The value must be what the written figure says, not merely some number near it.
function writtenValueProblem(e: Entry): string | undefined {
  if (e.kind === "date") {
    const date = findDates(e.written)[0];
    return date && date.start.endsWith(e.value.slice(-5)) ? undefined : `date "${e.written}" does not read as ${e.value}`;
  }
  const token = findNumbers(e.written)[0];
  if (!token) return `"${e.written}" holds no number`;
  if (Math.abs(token.value - e.value) > 1e-9 * Math.max(1, Math.abs(e.value))) {
    return `value ${e.value} differs from the written figure "${e.written}" (${token.value})`;
  }
  if (e.kind === "percent" && !token.percent) return `"${e.written}" is not a percentage`;
  if (e.kind === "money" && !/yuan|rmb/i.test(e.written)) return `"${e.written}" names no currency`;
  return undefined;
}

export type CoverageResult = { violations: Violation[]; skipped: { section: string; text: string; reason: string }[] };

export function checkCoverage(entries: Entry[], sections: Section[], skips: Skip[]): CoverageResult {
  const violations: Violation[] = [];
  const skipped: CoverageResult["skipped"] = [];
  for (const section of sections) {
    const inSection = entries.filter((e) => e.report === section.report && e.section === section.title);
    for (const sentence of section.sentences) {
      const spans = inSection
        .filter((e) => e.sentence === sentence)
        .flatMap((e) => occurrences(sentence, e.written).map((start) => ({ start, end: start + e.written.length })));
      const skipSpans = skipSpansFor(section.title, sentence, skips);
      const tokens = [
        ...findNumbers(sentence).map((t) => ({ index: t.index, text: t.text, year: isYear(t) })),
        ...findDates(sentence).map((d) => ({ index: d.index, text: d.text, year: false })),
      ];
      for (const t of tokens) {
        if (spans.some((s) => t.index >= s.start && t.index < s.end)) continue;
        const skip = skipSpans.find((s) => t.index >= s.start && t.index < s.end);
        if (skip) { skipped.push({ section: section.title, text: t.text, reason: skip.reason }); continue; }
        if (t.year) { skipped.push({ section: section.title, text: t.text, reason: YEAR_REASON }); continue; }
        violations.push({ check: "coverage", message: `${section.report} / ${section.title}: "${t.text}" has no entry and no skip reason, in "${sentence.slice(0, 140)}"` });
      }
    }
  }
  return { violations, skipped };
}

export const YEAR_REASON = "a year: it dates the figures around it and is kept as their year";
export const QUOTED_REASON = "part of a quoted title or slogan, not a quantity";
export const ORDINAL_REASON = "an ordinal, not a quantity";

/** Spans of a sentence that hold numbers which are deliberately not figures. */
export function skipSpansFor(section: string, sentence: string, skips: Skip[]): { start: number; end: number; reason: string }[] {
  const spans = [...sentence.matchAll(/“[^”]*”|"[^"]*"|‘[^’]*’/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, reason: QUOTED_REASON }));
  for (const m of sentence.matchAll(/\b\d+(?:st|nd|rd|th)\b/g)) spans.push({ start: m.index!, end: m.index! + m[0].length, reason: ORDINAL_REASON });
  for (const skip of skips) {
    if (skip.section !== "*" && skip.section !== section) continue;
    for (const m of sentence.matchAll(new RegExp(skip.pattern, "g"))) {
      spans.push({ start: m.index!, end: m.index! + m[0].length, reason: skip.reason });
    }
  }
  return spans;
}

function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) out.push(i);
  return out;
}
