// "Guangyuan City and Nanchong City received 112 million and 86 million yuan respectively", "5,000
// and 3,000 yuan": a translation writes the unit once, after the last amount of a pair. The amount
// before "and"/"or"/"to" with no unit of its own is in the unit of the amount that follows it, so
// both are read as money (a bare "112 million" would be a count of items, and no question about
// funds would find it).
import { NUMBER_TOKEN } from "./numbers.js";

// The joining word, then one number (digits or words, a scale word), read from the start.
const JOINED_NUMBER = new RegExp(String.raw`^\s*(?:and|or|to|-|–)\s*(?:${NUMBER_TOKEN.source})`, "i");

/**
 * The text after the joined amount (where its unit is written) when `after` (the text following a
 * number) starts with "and"/"or"/"to" and another number; undefined otherwise. The caller reads the
 * unit there as it reads one after a number.
 */
export function afterJoinedAmount(after: string): string | undefined {
  const m = JOINED_NUMBER.exec(after);
  // A percent after the join is a rate, not an amount in a unit to share.
  if (!m || /(?:%|per\s?cent)\s*$/i.test(m[0])) return undefined;
  return after.slice(m[0].length);
}
