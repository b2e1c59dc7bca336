// "Of the 30,000 placed, 18,000 found jobs at home and 12,000 elsewhere": a count written as a bare
// number after another count of its sentence leaves its noun to that count (the extractor gives it
// only its placeholder unit), so the two count one thing. A bare number before the other count
// names its own thing later, if at all.
import type { NumericEntry } from "../knowledge/schema.js";

// The extractor's unit for a count written with no noun of its own.
const NOUNLESS_UNIT = "items";
const isNounless = (e: NumericEntry) => e.unit === NOUNLESS_UNIT && /^[\d.,]+$/.test(e.written.trim());

/** Whether one of two counts is a bare number written after the other in their one sentence. */
export function oneCountLeavesItsNoun(x: NumericEntry, y: NumericEntry): boolean {
  return nounAfter(x, y) || nounAfter(y, x);
}

const nounAfter = (bare: NumericEntry, counted: NumericEntry) =>
  bare.kind === "count" &&
  counted.kind === "count" &&
  bare.sentence === counted.sentence &&
  isNounless(bare) &&
  !isNounless(counted) &&
  bare.sentence.indexOf(bare.written) > bare.sentence.indexOf(counted.written);
