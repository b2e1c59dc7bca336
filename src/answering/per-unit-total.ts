// A total the report implies as an amount given once for every one of the things it counts in the
// same sentence: "21,000 poor households …, and the income growth per household reached 2500 Yuan",
// "received living allowances of 1,200 Yuan each", "hired 26,000 poor people as forest rangers, each
// with an annual allowance of 5,000 Yuan". Either figure may be the one a question matches best: the
// other is found from it, in its sentence (a sentence's entries sit next to each other).
import { isNumeric, type Entry, type NumericEntry } from "../knowledge/schema.js";
import { countUnitIn, PER_MEASURE_UNITS, PERSON_UNITS } from "../knowledge/units.js";
import { countOfSentenceBefore } from "./per-unit-before.js";
import { findWritten, SENTENCE_WINDOW } from "./relations.js";
import type { SearchIndex } from "./search-index.js";

export type PerUnitPair = {
  /** The amount given for each one ("2500 Yuan"). */
  amount: NumericEntry;
  /** What it is given for: the count (or the area or length a rate per mu or per km goes with). */
  count: NumericEntry;
  /** The words that say "per unit" in the amount's label, to drop from the total's label. */
  perPhrase?: string | undefined;
};

/**
 * The amount and what it is given for, from either of the two: an amount finds its count, a count
 * finds the amount given for each of it (only when the question asks for another kind than a count).
 */
export function perUnitPair(
  e: NumericEntry,
  at: number,
  index: SearchIndex,
  countAsked: boolean,
): PerUnitPair | undefined {
  if (e.kind === "percent") return undefined;
  const own = countFor(e, at, index);
  if (own) return own;
  if (e.kind !== "count" || countAsked) return undefined;
  // The count a question matched best: the amount of its sentence given for each one of it.
  for (const [x, i] of sentenceOf(e, at, index)) {
    if (x === e || x.kind === "count" || x.kind === "percent") continue;
    const pair = countFor(x, i, index);
    if (pair?.count === e) return pair;
  }
  // "… 400 rescue teams were set up. Each rescue team was allocated 50,000 yuan.": the amount the
  // next sentence gives each of the group this count is.
  for (const [x, i] of nextSentenceOf(e, at, index))
    if (x.kind === "money" && countOfSentenceBefore(x, i, index) === e) return { amount: x, count: e };
  return undefined;
}

/** The figures of the sentence after an entry's, in its report and section, with their positions. */
function nextSentenceOf(e: Entry, at: number, index: SearchIndex): [NumericEntry, number][] {
  const { entries } = index.kb;
  let i = at + 1;
  while (i < entries.length && entries[i]!.sentence === e.sentence && entries[i]!.report === e.report) i++;
  const next = entries[i];
  if (!next || next.report !== e.report || next.section !== e.section) return [];
  const out: [NumericEntry, number][] = [];
  for (let j = i; j < Math.min(entries.length, i + SENTENCE_WINDOW); j++) {
    const x = entries[j]!;
    if (x.sentence !== next.sentence || x.report !== e.report) break;
    if (isNumeric(x)) out.push([x, j]);
  }
  return out;
}

/** The figures of an entry's sentence with their positions among the entries. */
function sentenceOf(e: Entry, at: number, index: SearchIndex): [NumericEntry, number][] {
  const { entries } = index.kb;
  const out: [NumericEntry, number][] = [];
  for (
    let i = Math.max(0, at - SENTENCE_WINDOW);
    i < Math.min(entries.length, at + SENTENCE_WINDOW + 1);
    i++
  ) {
    const x = entries[i]!;
    if (x.sentence === e.sentence && x.report === e.report && isNumeric(x)) out.push([x, i]);
  }
  return out;
}

/** The count an amount is given "each" or "per" for, in its sentence. */
function countFor(e: NumericEntry, at: number, index: SearchIndex): PerUnitPair | undefined {
  const each = eachAfter(e, at, index) ?? eachBefore(e, at, index);
  if (each) return { amount: e, count: each };
  // "Each student of vocational education got 1,500 yuan": the students are counted the sentence before.
  const before = countOfSentenceBefore(e, at, index);
  if (before) return { amount: e, count: before };
  const per = perUnitIn(`${e.label} ${e.context}`);
  if (!per) return undefined;
  const { unit, measure } = per;
  // A rate per unit of land or length ("550 Yuan per mu") goes with the area or length in that unit.
  const count = sentenceOf(e, at, index).find(
    ([x]) =>
      x !== e &&
      (x.kind === "count"
        ? (countUnitIn(x.unit) ?? x.unit) === unit || (unit === "people" && PERSON_UNITS.has(x.unit))
        : (x.kind === "area" || x.kind === "length") && measure !== undefined && x.unit === measure),
  )?.[0];
  return count ? { amount: e, count, perPhrase: per.unit ? per.phrase : undefined } : undefined;
}

// "… received living allowances of 1,200 Yuan each": an amount written with a distributive word
// after it is given once for every one of the things counted before it in its clause.
const EACH_AFTER = /^\s*(?:each|apiece|per head|a head)\b/i;
function eachAfter(e: NumericEntry, at: number, index: SearchIndex): NumericEntry | undefined {
  const where = findWritten(e);
  if (where < 0 || !EACH_AFTER.test(e.sentence.slice(where + e.written.length))) return undefined;
  return countGivenTo(e, at, index, where + e.written.length) ?? countBefore(e, at, index, where);
}

// "granted a one-off subsidy of 5,000 Yuan each to 37,800 college freshmen": the ones the amount
// went to, each, are counted right after it ("each to", "each for"), whatever is counted before it.
const EACH_TO = /^\s*(?:each|apiece)\s+(?:to|for)\s+(?:the\s+|all\s+)?$/i;
function countGivenTo(
  e: NumericEntry,
  at: number,
  index: SearchIndex,
  after: number,
): NumericEntry | undefined {
  return sentenceOf(e, at, index).find(([x]) => {
    const xAt = findWritten(x);
    return x.kind === "count" && xAt > after && EACH_TO.test(e.sentence.slice(after, xAt));
  })?.[0];
}

// "hired 26,000 poor people as forest rangers, each with an annual allowance of 5,000 Yuan", "selected
// 100 villages …, and each of them received an additional 500,000 Yuan": "each" between a count and
// the amount, in one clause with no other figure between them, gives the amount for every one counted.
const EACH_BEFORE =
  /\b(?:each|every one)\b(?:\s+of\s+(?:them|these|those))?(?![^;]*\b(?:each|every one)\b)[^;]*$/i;
function eachBefore(e: NumericEntry, at: number, index: SearchIndex): NumericEntry | undefined {
  const where = findWritten(e);
  if (where < 0) return undefined;
  const m = EACH_BEFORE.exec(e.sentence.slice(0, where));
  if (!m) return undefined;
  // "each" is no "for each <thing>" rate phrase ("30 million Yuan for each pilot county" is per county).
  if (/\b(?:for|per)\s+$/i.test(e.sentence.slice(0, m.index))) return undefined;
  // No other figure between "each" and the amount: "each" distributes what follows it.
  const between = sentenceOf(e, at, index).some(([x]) => {
    const xAt = findWritten(x);
    return x !== e && xAt >= m.index && xAt < where;
  });
  return between ? undefined : countBefore(e, at, index, m.index);
}

/** The nearest count written before `before` in the amount's clause (no ";" between them). */
function countBefore(
  e: NumericEntry,
  at: number,
  index: SearchIndex,
  before: number,
): NumericEntry | undefined {
  let best: { entry: NumericEntry; at: number } | undefined;
  for (const [x] of sentenceOf(e, at, index)) {
    if (x.kind !== "count") continue;
    const xAt = findWritten(x);
    if (xAt < 0 || xAt >= before || /[;]/.test(e.sentence.slice(xAt, before))) continue;
    if (!best || xAt > best.at) best = { entry: x, at: xAt };
  }
  return best?.entry;
}

// "per household", "of each such household", "for each poor household": the counted unit is the
// word after "per"/"each" or, past one modifier, the word after that.
const PER_LABEL = /\s*\b(?:(?:of|for)\s+)?(?:per|each)\s+([a-z]+)(?:\s+([a-z]+))?/i;
export function perUnitIn(
  text: string,
): { unit: string | undefined; measure?: string | undefined; phrase: string } | undefined {
  const m = PER_LABEL.exec(text);
  if (!m) return undefined;
  const first = countUnitIn(m[1]!);
  if (first) return { unit: first, phrase: m[0].slice(0, m[0].indexOf(m[1]!) + m[1]!.length) };
  const measure = PER_MEASURE_UNITS[m[1]!.toLowerCase()];
  if (measure) return { unit: undefined, measure, phrase: m[0].slice(0, m[0].indexOf(m[1]!) + m[1]!.length) };
  const second = m[2] ? countUnitIn(m[2]) : undefined;
  return { unit: second, phrase: m[0] };
}
