// The two checks that guard every figure the bot can say: provenance (the figure is written in
// its sentence and the sentence is in the report) and coverage (no number in the report's body
// is left without an entry or a stated reason to skip it).
import { writtenAt } from "./written-at.js";
import { declaredUnit } from "./declared-unit.js";
import { bracketUnitAfter } from "./bracket-unit.js";
import { listedInCurrency } from "./shared-unit.js";
import { junkSpans } from "./junk.js";
import { sectionKey, sentenceKey } from "./section-key.js";
import { findDates, findNumbers, isYear } from "./numbers.js";
import { compileSkipPattern } from "./patterns.js";
import type { Entry, Section, Skip } from "./schema.js";
import { getOrInsertComputed } from "../util/maps.js";

export type Violation = { check: "schema" | "provenance" | "coverage" | "groups" | "ids"; message: string };

export function checkProvenance(entries: Entry[], sections: Section[]): Violation[] {
  const bySection = new Map(sections.map((s) => [sectionKey(s.report, s.title), s]));
  const out: Violation[] = [];
  for (const e of entries) {
    const section = bySection.get(sectionKey(e.report, e.section));
    if (!section) {
      out.push({
        check: "provenance",
        message: `${e.id}: section "${e.section}" is not in report ${e.report}`,
      });
      continue;
    }
    // A sentence of the split (the usual case) is looked up; only another stretch is searched for.
    if (!sentencesOf(section).has(e.sentence) && !section.text.includes(e.sentence)) {
      out.push({
        check: "provenance",
        message: `${e.id}: its sentence is not in section "${e.section}": "${e.sentence.slice(0, 120)}"`,
      });
    }
    if (!e.sentence.includes(e.written)) {
      out.push({
        check: "provenance",
        message: `${e.id}: "${e.written}" is not written in its sentence "${e.sentence.slice(0, 120)}"`,
      });
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
    return date?.start.endsWith(e.value.slice(-5))
      ? undefined
      : `date "${e.written}" does not read as ${e.value}`;
  }
  const token = findNumbers(e.written)[0];
  if (!token) return `"${e.written}" holds no number`;
  // A bare number after a table's "(unit: 10,000 Yuan)" is read in that unit (declared-unit.ts).
  const declared = e.kind === "money" ? declaredUnit(e.sentence) : undefined;
  // Only a bare number is in the declared unit: "148,600 ten thousand yuan" after the declaration
  // carries its own unit, as the extractor reads it (extract.ts tableRow).
  const inTable =
    declared !== undefined &&
    e.written.trim() === token.text &&
    writtenAt(e.sentence, e.written, declared.end) >= 0;
  // "86,450 (10,000 Yuan)", "172 (10,000 mu)": the amount is in the unit bracketed after the
  // number (bracket-unit.ts).
  const bracketed =
    e.kind === "money" || e.kind === "area"
      ? bracketUnitAfter(e.written.slice(token.index + token.text.length))
      : undefined;
  const multiplier = inTable ? declared.multiplier : (bracketed?.multiplier ?? 1);
  const read = multiplier !== 1 ? Number((token.value * multiplier).toPrecision(15)) : token.value;
  if (Math.abs(read - e.value) > 1e-9 * Math.max(1, Math.abs(e.value))) {
    return `value ${e.value} differs from the written figure "${e.written}" (${read})`;
  }
  if (e.kind === "percent" && !token.percent) return `"${e.written}" is not a percentage`;
  // "23.5 million and 18.6 million Yuan": the list's last figure names the currency for all.
  if (
    e.kind === "money" &&
    !inTable &&
    !/yuan|rmb|cny|[¥￥]/i.test(e.written) &&
    !listedInCurrency(e.sentence, e.written)
  )
    return `"${e.written}" names no currency`;
  return undefined;
}

export type CoverageResult = {
  violations: Violation[];
  skipped: { section: string; text: string; reason: string }[];
};

export function checkCoverage(entries: Entry[], sections: Section[], skips: Skip[]): CoverageResult {
  const violations: Violation[] = [];
  const skipped: CoverageResult["skipped"] = [];
  // Entries by section and sentence, looked up once each: scanning every entry for every sentence
  // was quadratic in a long report.
  const bySentence = new Map<string, Set<string>>();
  for (const e of entries) {
    const key = sentenceKey(e.report, e.section, e.sentence);
    const written = bySentence.get(key) ?? new Set<string>();
    written.add(e.written);
    bySentence.set(key, written);
  }
  for (const section of sections) {
    for (const sentence of section.sentences) {
      const written =
        bySentence.get(sentenceKey(section.report, section.title, sentence)) ?? new Set<string>();
      const covered = coverage(
        sentence.length,
        [...written].flatMap((w) =>
          occurrences(sentence, w).map((start) => ({ start, end: start + w.length, reason: "" })),
        ),
      );
      const skipSpans = skipSpansFor(section.title, sentence, skips);
      const skippedBy = coverage(sentence.length, skipSpans);
      const tokens = [
        ...findNumbers(sentence).map((t) => ({ index: t.index, text: t.text, year: isYear(t) })),
        ...findDates(sentence).map((d) => ({ index: d.index, text: d.text, year: false })),
      ];
      for (const t of tokens) {
        if (covered[t.index] !== NOT_COVERED) continue;
        const skip = skippedBy[t.index];
        if (skip !== NOT_COVERED) {
          skipped.push({ section: section.title, text: t.text, reason: skipSpans[skip!]!.reason });
          continue;
        }
        if (t.year) {
          skipped.push({ section: section.title, text: t.text, reason: YEAR_REASON });
          continue;
        }
        violations.push({
          check: "coverage",
          message: `${section.report} / ${section.title}: "${t.text}" has no entry and no skip reason, in "${sentence.slice(0, 140)}"`,
        });
      }
    }
  }
  return { violations, skipped };
}

const NOT_COVERED = -1;

/**
 * For every offset of a text of `length`, the index of the first span (in the given order) that
 * covers it, or NOT_COVERED: instead of testing every number against every span. Spans are
 * painted last to first so the first wins; the spans of one source (one pattern, one written
 * figure) do not overlap each other (a pattern's matches never do; a written figure only in a
 * periodic string), so painting costs about what finding them did.
 */
function coverage(length: number, spans: { start: number; end: number }[]): Int32Array {
  const out = new Int32Array(length + 1).fill(NOT_COVERED);
  for (let i = spans.length - 1; i >= 0; i--) out.fill(i, spans[i]!.start, spans[i]!.end);
  return out;
}

export const YEAR_REASON = "a year: it dates the figures around it and is kept as their year";
export const QUOTED_REASON = "part of a quoted title or slogan, not a quantity";
export const ORDINAL_REASON = "an ordinal, not a quantity";

/** Spans of a sentence that hold numbers which are deliberately not figures. */
export function skipSpansFor(
  section: string,
  sentence: string,
  skips: Skip[],
): { start: number; end: number; reason: string }[] {
  // A quotation may not hold its own opening mark: otherwise each mark of a long run of them
  // would scan to the end of the sentence (quadratic).
  const spans = [...sentence.matchAll(/“[^“”]*”|"[^"]*"|‘[^‘’]*’/g)].map((m) => ({
    start: m.index!,
    end: m.index! + m[0].length,
    reason: QUOTED_REASON,
  }));
  for (const m of sentence.matchAll(/\b\d+(?:st|nd|rd|th)\b/g))
    spans.push({ start: m.index!, end: m.index! + m[0].length, reason: ORDINAL_REASON });
  spans.push(...junkSpans(sentence));
  for (const skip of skips) {
    if (skip.section !== "*" && skip.section !== section) continue;
    // Data, so RE2 (linear time); load.ts has refused a pattern that does not compile.
    for (const m of compileSkipPattern(skip.pattern).matchAll(sentence))
      spans.push({ ...m, reason: skip.reason });
  }
  return spans;
}

function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) out.push(i);
  return out;
}

const sentenceSets = new WeakMap<Section, Set<string>>();
function sentencesOf(section: Section): Set<string> {
  return getOrInsertComputed(sentenceSets, section, (s) => new Set(s.sentences));
}
