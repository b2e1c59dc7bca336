// A question that joins two years ("the total investment for 2010 and 2011", "the central money the
// 2010 and 2011 pilots received") asks about one thing in each year: the pair of figures the report
// labels alike apart from their years (the central fund of the 2010 pilots and of the 2011 pilots)
// is the pair meant, not one year's measure set against another measure of the other year (the
// 2011 pilots' integrated funds) that matches that side's words as well. Sides that each describe
// their own measure ("the 2011 planned investment than the 2010 total") are not joined this way.
import type { Entry } from "../knowledge/schema.js";
import { contentWords } from "../text/words.js";
import { YEAR } from "../text/years.js";
import { yearOfSide } from "./sides.js";

const JOINED_YEARS = new RegExp(String.raw`\b${YEAR}\s*(?:and|or|,|&|vs\.?|versus)\s*${YEAR}\b`);

// How much a pair labelled exactly alike (apart from years) outweighs an unlike one of equal fit:
// enough to choose between candidates that fit their sides about equally, not to override a side's
// own words (a side's best candidate scores 1, the next usually well under it).
const LIKENESS_WEIGHT = 0.25;

const stemsOf = (label: string) =>
  new Set(
    contentWords(label)
      .filter((w) => !/^\d/.test(w.surface))
      .map((w) => w.stem),
  );

/** Shared label words over all label words of two figures, years and numbers left out (0–1). */
export function labelLikeness(a: Entry, b: Entry): number {
  const x = stemsOf(a.label);
  const y = stemsOf(b.label);
  if (x.size === 0 || y.size === 0) return 0;
  let both = 0;
  for (const s of x) if (y.has(s)) both++;
  return both / (x.size + y.size - both);
}

/**
 * A weight for pairs of figures when the question joins two years and its sides name one each,
 * favouring figures labelled alike; undefined otherwise.
 */
export function yearPairWeigh(
  question: string,
  left: string,
  right: string,
): ((a: Entry, b: Entry) => number) | undefined {
  const l = yearOfSide(left);
  const r = yearOfSide(right);
  if (!l || !r || l === r || !JOINED_YEARS.test(question)) return undefined;
  return (a, b) => 1 + LIKENESS_WEIGHT * labelLikeness(a, b);
}
