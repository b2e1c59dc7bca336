// "By how much did the provincial budget rise compared with last year?" asked of a report that
// states no change but gives both years' levels ("624 million Yuan this year, against 508 million
// Yuan last year"): the change is the later level minus the earlier one, both cited. A report that
// states the change itself answers with it (the stated change ranks first and is no level).
import { formatValue } from "../knowledge/figures.js";
import { isNumeric, type NumericEntry } from "../knowledge/schema.js";
import type { Derived } from "./compute.js";
import { isNamedChange } from "./named-change.js";
import { type RankedEntry, type Scoring, unionCoverage } from "./rank.js";
import { placedInSentence } from "./relations.js";
import type { SearchIndex } from "./search-index.js";
import { CHANGE_ASKED, CHANGE_ON_PREVIOUS, type Question } from "./understand.js";
import { FALL_VERB } from "./year-change.js";

/** The same figure of the year before or after `e`, in its sentence: its label, unit and report. */
function otherYear(
  index: SearchIndex,
  e: NumericEntry,
  at: number,
): { entry: NumericEntry; at: number } | undefined {
  const other = placedInSentence(e, at, index).find(
    ({ entry: x }) =>
      x !== e &&
      x.label === e.label &&
      x.unit === e.unit &&
      x.year !== null &&
      e.year !== null &&
      Math.abs(x.year - e.year) === 1,
  );
  return other && { entry: other.entry, at: other.pos };
}

/**
 * The change on the year before as an amount, from the best stated figure `top` and its other
 * year's level, when the question asks a change on the previous year and names no year; else undefined.
 */
export function changeOfTwoLevels(
  q: Question,
  index: SearchIndex,
  scoring: Scoring,
  top: RankedEntry | undefined,
): Derived | undefined {
  if (q.derivation || q.form || q.years.length > 0 || !top) return undefined;
  if (!CHANGE_ASKED.test(q.english) || !CHANGE_ON_PREVIOUS.test(q.english)) return undefined;
  const e = top.entry;
  if (!isNumeric(e) || e.kind === "percent" || isNamedChange(e)) return undefined;
  const other = otherYear(index, e, top.index);
  if (!other) return undefined;
  const [later, earlier] = e.year! > other.entry.year! ? [e, other.entry] : [other.entry, e];
  const fall = FALL_VERB.test(q.english);
  const value = fall ? earlier.value - later.value : later.value - earlier.value;
  // A rise asked where the figure fell (or the reverse) is a false premise: no change to give.
  if (!(value > 0)) return undefined;
  const [a, b] = fall ? [earlier, later] : [later, earlier];
  const figure = formatValue(value, e.unit);
  return {
    value,
    unit: e.unit,
    figure,
    label: `${e.label}, ${a.year} ${fall ? "below" : "over"} ${b.year}`,
    arithmetic: `${a.written} − ${b.written} = ${figure}`,
    inputs: [a, b],
    coverage: unionCoverage(scoring, [top.index, other.at]),
  };
}
