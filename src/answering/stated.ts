// Figures a question states itself ("if A was N% over the plan, what was the plan?", "of the X
// million, how much came from …"). They tell which of the report's figures the question is about,
// so they are inputs: a figure the question states is never what it asks for.
import { isNumeric, type Entry } from "../knowledge/schema.js";
import { isYearText } from "../text/years.js";
import { unionCoverage, type RankedEntry, type Scoring } from "./rank.js";
import type { Derived } from "./compute.js";
import type { Question } from "./understand.js";

/** A number the question states: its value as written, scaled by a word after it, and whether it is a percentage. */
export type StatedNumber = { values: number[]; percent: boolean };

// A number, then an optional scale ("thousand", "m" as chat writes million) and an optional percent sign.
const NUMBER =
  /(?<![\w.])(\d[\d,]*(?:\.\d+)?)(?:\s*(thousand|million|billion|m|万|亿)\b)?(?:\s*(%|percent\b|per cent\b))?/g;
const SCALE: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  m: 1e6,
  billion: 1e9,
  万: 1e4,
  亿: 1e8,
};
// After a number, words that make it a date or a rank, not a figure ("October 31", "31st").
const NOT_A_FIGURE_AFTER = /^(?:st|nd|rd|th)\b/;
// Before a number, a month makes it a day ("by October 31").
const MONTH_BEFORE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+$/i;

/** The numbers a question states, years left out (a year is scope, read elsewhere). */
export function statedNumbers(english: string): StatedNumber[] {
  const out: StatedNumber[] = [];
  for (const m of english.matchAll(NUMBER)) {
    const digits = m[1]!.replace(/,/g, "");
    const scale = m[2];
    const percent = !!m[3];
    const after = english.slice(m.index + m[0].length);
    const before = english.slice(Math.max(0, m.index - 12), m.index);
    if (
      !scale &&
      !percent &&
      (isYearText(digits) || NOT_A_FIGURE_AFTER.test(after) || MONTH_BEFORE.test(before))
    )
      continue;
    const n = Number(digits);
    if (!Number.isFinite(n)) continue;
    // "36.5m" may be millions or metres: both readings are kept, and either may match.
    const values = scale ? [n * SCALE[scale]!, n] : [n];
    out.push({ values, percent });
  }
  return out;
}

// Two values are the same figure when they agree to a few parts in a million (rounding of
// "3.1174 million" into Yuan must not make them differ).
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

/** Whether an entry is one of the figures the question states: same value, and a percentage only for a percentage. */
export function isStated(stated: readonly StatedNumber[], e: Entry): boolean {
  if (!isNumeric(e)) return false;
  const percent = e.kind === "percent";
  return stated.some((s) => s.percent === percent && s.values.some((v) => same(v, e.value)));
}

/**
 * The ranked figures without those the question states. A figure written in the same sentence as a
 * stated one is credited with the words the stated one matched: they describe what was given ("the
 * N million of subsidies"), and the sentence says how the figure asked for relates to it.
 */
export function withoutStated(q: Question, ranked: RankedEntry[], scoring: Scoring): RankedEntry[] {
  if (q.stated.length === 0) return ranked;
  const given = ranked.filter((r) => isStated(q.stated, r.entry));
  if (given.length === 0) return ranked;
  return ranked
    .filter((r) => !given.includes(r))
    .map((r) => {
      const beside = given.filter(
        (g) => g.entry.sentence === r.entry.sentence && g.entry.report === r.entry.report,
      );
      if (beside.length === 0) return r;
      const coverage = unionCoverage(scoring, [r.index, ...beside.map((g) => g.index)]);
      return coverage > r.coverage ? { ...r, coverage } : r;
    });
}

/**
 * A computation made from the figures a question states: kept when it uses one of them and its
 * result is not one of them (what the question gives is never what it asks); else undefined.
 */
export function statedInputsOf(q: Question, derived: Derived | undefined): Derived | undefined {
  if (!derived?.inputs.some((e) => isStated(q.stated, e))) return undefined;
  const asEntry = { ...derived.inputs[0]!, value: derived.value };
  return isStated(q.stated, asEntry) ? undefined : derived;
}
