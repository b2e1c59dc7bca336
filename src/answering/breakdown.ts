// A comparison that names the breakdown it weighs ("in the top-level breakdown,
// which was larger: A or B?"): its two sides are parts of one breakdown, never a part here and a
// namesake elsewhere. The noun that names the breakdown is no word of any figure's label, so it is
// not searched (as an unknown word it would count against every figure). An "overall" breakdown
// is the one of the largest whole: the report's top-level split, not a programme's.
import type { Entry } from "../knowledge/schema.js";
import { commonWhole } from "./compute.js";
import type { SearchIndex } from "./search-index.js";

const BREAKDOWN_NOUNS = "breakdowns?|splits?|compositions?|make-?ups?";
const BREAKDOWN = new RegExp(String.raw`\b(?:${BREAKDOWN_NOUNS})\b`);
const BREAKDOWN_ALL = new RegExp(BREAKDOWN.source, "g");
const OVERALL = new RegExp(
  String.raw`\b(?:overall|top-level|main)\s+(?:[\w-]+\s+){0,2}(?:${BREAKDOWN_NOUNS})\b`,
);

/** How a comparison's shared words name a breakdown, if they do. */
export function breakdownNamed(shared: string): { overall: boolean } | undefined {
  return BREAKDOWN.test(shared) ? { overall: OVERALL.test(shared) } : undefined;
}

/** The words without the breakdown's noun (what is searched). */
export const withoutBreakdownNoun = (text: string) =>
  text.replace(BREAKDOWN_ALL, " ").replace(/\s+/g, " ").trim();

/**
 * For a comparison naming a breakdown: whether two figures are parts of one breakdown, and the
 * weight of a pair (the whole's size for an overall breakdown, so the largest whole's pair wins).
 */
export function breakdownPairs(index: SearchIndex, overall: boolean) {
  return {
    fits: (a: Entry, b: Entry) => commonWhole(index, a, b) !== undefined,
    weigh: (a: Entry, b: Entry) => {
      const whole = overall ? commonWhole(index, a, b) : undefined;
      return whole && typeof whole.value === "number" && whole.value > 0 ? whole.value : 1;
    },
  };
}
