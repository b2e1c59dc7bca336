// "Had more than half of the project's total investment been disbursed?": a fraction of a total is
// read first as a fraction of a plan (forms.ts FRACTION_OF_PLAN); when the figure has no plan, the
// report may state the share itself ("97.4 million Yuan had been disbursed, accounting for 34.1% of
// the total investment"): that stated share is what the fraction is checked against.
import { writtenAt } from "../knowledge/written-at.js";
import type { NumericEntry } from "../knowledge/schema.js";

// The question bounds a share of a whole, not of a plan ("half of its total investment").
export const FRACTION_OF_TOTAL = /\b(?:total|whole|overall)\b/;

// After a percentage, the words that make it a share of a whole ("34.1% of the total investment").
const OF_WHOLE_AFTER = /^\s*(?:of\s+(?:the\s+|its\s+|their\s+)?(?:total|whole|overall)\b)/i;

/** Whether a percentage is written as a share of a whole in its sentence. */
export function statedShareOfWhole(e: NumericEntry): boolean {
  if (e.kind !== "percent") return false;
  const at = writtenAt(e.sentence, e.written);
  return at >= 0 && OF_WHOLE_AFTER.test(e.sentence.slice(at + e.written.length));
}
