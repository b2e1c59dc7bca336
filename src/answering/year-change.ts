// "How much did the funds rise from 2011 to 2012?", "by how many Yuan did income grow between 2010 and
// 2011?": the change of one figure between two years asked as an amount, which is the later year's
// figure minus the earlier one's (after a fall, the earlier minus the later). Read before any "per
// capita" in the question is taken for an average: the figure is per capita in both years.
import { YEAR } from "../text/years.js";

/** The verbs of a change, in their forms; one list for every reading of a change. */
export const CHANGE_VERB =
  "grow|grew|grown|increased?|rise|rose|risen|go up|went up|gone up|fall|fell|fallen|drop(?:ped)?|declined?|decreased?|shrink|shrank";
const FALL_WORDS = "fall|fell|fallen|drop|dropped|declined?|decreased?|shrink|shrank";
const FALL = new RegExp(`^(?:${FALL_WORDS})$`);
/** A verb of a fall anywhere in a question: the change asked runs downwards. */
export const FALL_VERB = new RegExp(String.raw`\b(?:${FALL_WORDS})\b`);

// "From last year to this year": the report's own year and the one before, read once the report is known.
export const THIS_YEAR = "this year";
export const LAST_YEAR = "last year";
const RELATIVE_YEAR = "this year|last year|the previous year|the year before";
const BETWEEN_YEARS = new RegExp(
  String.raw`\bhow (?:much|many)\b(?!\s+(?:percent|per cent|percentage)\b).*?\b(${CHANGE_VERB})\b.*?\b(?:from|between)\s+(${YEAR}|${RELATIVE_YEAR})\s+(?:to|and)\s+(${YEAR}|${RELATIVE_YEAR})\b`,
);
// A relative year as a number against the report's year 0: this year 0, the year before it -1.
const relativeYear = (w: string) => (/^\d/.test(w) ? Number(w) : w === THIS_YEAR ? 0 : -1);
const sideOf = (n: number) => (n === 0 ? THIS_YEAR : LAST_YEAR);

/**
 * The two sides of the change asked, as years (the first side minus the second), if one is asked.
 * Relative years are given as "this year" / "last year", for the engine to read against the report's year.
 */
export function changeBetweenYears(q: string): { left: string; right: string } | undefined {
  const m = BETWEEN_YEARS.exec(q);
  if (!m) return undefined;
  const relative = !/^\d/.test(m[2]!) || !/^\d/.test(m[3]!);
  // A year named beside a relative one ("from 2011 to this year") is left to the other readings.
  if (relative && (/^\d/.test(m[2]!) || /^\d/.test(m[3]!))) return undefined;
  const [a, b] = [relativeYear(m[2]!), relativeYear(m[3]!)];
  if (a === b) return undefined;
  if (relative) {
    const [earlier, later] = a < b ? [a, b] : [b, a];
    return FALL.test(m[1]!)
      ? { left: sideOf(earlier), right: sideOf(later) }
      : { left: sideOf(later), right: sideOf(earlier) };
  }
  const [earlier, later] = a < b ? [a, b] : [b, a];
  return FALL.test(m[1]!)
    ? { left: String(earlier), right: String(later) }
    : { left: String(later), right: String(earlier) };
}

/** A side "this year" / "last year" as the year it names in a report of `year`; any other side as it is. */
export const sideInYear = (side: string, year: number) =>
  side === THIS_YEAR ? String(year) : side === LAST_YEAR ? String(year - 1) : side;
export const isRelativeSide = (side: string) => side === THIS_YEAR || side === LAST_YEAR;

// "How many more households … than a year earlier?": a side that is only the year before names no
// thing of its own; the question's thing in the report's year against the same thing a year before.
const YEAR_BEFORE_SIDE =
  /^(?:in\s+|during\s+)?(?:a year (?:earlier|before|ago)|the (?:previous|prior|preceding) year|the year before|last year)\s*[?.!]*$/;
/** The sides "this year" / "last year" when the second side of a difference is only the year before. */
export const againstYearBefore = (right: string): { left: string; right: string } | undefined =>
  YEAR_BEFORE_SIDE.test(right.trim()) ? { left: THIS_YEAR, right: LAST_YEAR } : undefined;
