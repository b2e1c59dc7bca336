// "The fund reached 40 million Yuan, 2.5-fold that at the end of 2009": a multiple written against a
// named base year gives that year's level, the figure divided by the multiple. A question about the
// base year ("how big was the fund in 2009?") is answered so, though the report has no other figure
// of that year; the figure and its multiple are cited, and neither is the answer.
import type { NumericEntry } from "../knowledge/schema.js";
import { isNumeric } from "../knowledge/schema.js";
import { formatValue } from "../knowledge/figures.js";
import { YEAR } from "../text/years.js";
import { getOrInsertComputed } from "../util/maps.js";
import type { Derived } from "./compute.js";
import { MIN_COVERAGE, queryTerms, rankEntries, scoreEntries } from "./rank.js";
import { isTimesChange } from "./relations.js";
import type { SearchIndex } from "./search-index.js";
import type { Question } from "./understand.js";

/** A multiple and the base year it is written against, with its position among the entries. */
type BaseYearMultiple = { times: NumericEntry; at: number; year: number };

// "2.3-fold that of 2007", "3 times that at the end of 2010", "twice the level in 2008".
const AGAINST_YEAR = new RegExp(
  String.raw`^\s*(?:that|those|the level|the figure)\s+(?:(?:at|by)\s+the\s+(?:end|start|beginning)\s+of|of|in)\s+(${YEAR})\b`,
  "i",
);

const multiplesByIndex = new WeakMap<SearchIndex, BaseYearMultiple[]>();
/** Every multiple of the reports written against a named year. */
export function baseYearMultiples(index: SearchIndex): BaseYearMultiple[] {
  return getOrInsertComputed(multiplesByIndex, index, () => {
    const out: BaseYearMultiple[] = [];
    index.kb.entries.forEach((e, at) => {
      if (!isNumeric(e) || !isTimesChange(e) || !(e.value > 0)) return;
      const where = e.sentence.indexOf(e.written);
      if (where < 0) return;
      const year = AGAINST_YEAR.exec(e.sentence.slice(where + e.written.length))?.[1];
      if (year) out.push({ times: e as NumericEntry, at, year: Number(year) });
    });
    return out;
  });
}

/** Whether some report of `reports` writes a multiple against `year` (that year is then in scope). */
export const hasBaseYear = (index: SearchIndex, year: number, reports: ReadonlySet<string>) =>
  baseYearMultiples(index).some((m) => m.year === year && reports.has(m.times.report));

// The figure multiplied must be among the question's best few figures.
const CANDIDATES = 4;

/**
 * The level of the one year the question names, from a later figure written as a multiple of it:
 * the figure must rank among the question's best, be written before its multiple in one sentence,
 * and be no part of a breakdown (the multiple speaks of the whole). An average asked for must be a
 * figure given per unit. Else undefined.
 */
export function levelBeforeMultiple(q: Question, index: SearchIndex): Derived | undefined {
  const [year] = q.years;
  if (q.years.length !== 1 || year === undefined || q.form || q.asksNames) return undefined;
  const multiples = baseYearMultiples(index).filter((m) => m.year === year);
  if (multiples.length === 0) return undefined;
  const anyYear = { ...q, years: [], kinds: q.kinds.filter((k) => k !== "percent") };
  // Scored without the year: the figures it names are of later years.
  const anyScoring = scoreEntries(index, queryTerms(anyYear, index), anyYear);
  const ranked = rankEntries(
    anyYear,
    index,
    anyScoring,
    (e) => isNumeric(e) && e.kind !== "percent" && !isTimesChange(e),
  ).filter((r) => r.coverage >= MIN_COVERAGE && r.entry.year !== null && r.entry.year > year);
  for (const r of ranked.slice(0, CANDIDATES)) {
    const e = r.entry as NumericEntry;
    if (index.groupsByPart.has(e.id)) continue;
    if (q.derivation?.type === "average" && !PER_UNIT_LABEL.test(e.label)) continue;
    const m = multiples.find(
      (x) =>
        x.times.sentence === e.sentence &&
        x.times.report === e.report &&
        x.at > r.index &&
        e.sentence.indexOf(e.written) < e.sentence.indexOf(x.times.written),
    );
    if (!m) continue;
    const value = e.value / m.times.value;
    const figure = formatValue(value, e.unit);
    return {
      value: Math.round(value * 100) / 100,
      unit: e.unit,
      figure,
      label: `${e.label} in ${year}`,
      arithmetic: `${e.written} ÷ ${m.times.written} = ${figure}`,
      inputs: [e, m.times],
      coverage: r.coverage,
    };
  }
  return undefined;
}

const PER_UNIT_LABEL = /\b(?:per|each|every|average)\b/i;

/** Whether the one year the question names has no figure in the reports it may be answered from. */
export function yearWithoutFigures(q: Question, index: SearchIndex): boolean {
  const [year] = q.years;
  if (q.years.length !== 1 || year === undefined) return false;
  const reports =
    q.regions.length > 0
      ? q.regions.flatMap((r) => [...(index.reportsByRegion.get(r) ?? [])])
      : [...index.reportsById.keys()];
  const held = index.reportsByYear.get(year);
  return !reports.some((r) => held?.has(r));
}
