// "86,450 (10,000 Yuan) was invested": a report translated from Chinese may give an amount as a
// bare number with its money unit in brackets right after it (万元 written out as "10,000 Yuan").
// The number is an amount in that unit, so 864.5 million Yuan; the number inside the brackets is
// the unit's size, not a figure (junk.ts skips it with its reason). A table's unit declared once
// for many numbers ("(unit: 10,000 Yuan)") is declared-unit.ts; the sizes are the same words.
import { UNIT_SIZES } from "./declared-unit.js";

const SIZE = "10,000|10[ \u2009]000|10000|ten thousand|thousand|100 million|million|billion";
// Land is given the same way ("172 (10,000 mu)", 万亩 written out): the unit may be one of area.
const UNIT = "yuan|rmb|mu|hectares?";
// The brackets right after a number (only spaces between): an optional size and the unit alone.
const AFTER_NUMBER = new RegExp(String.raw`^\s?[(（]\s*(${SIZE})?\s*(${UNIT})\s*[)）]`, "i");
// The same in a sentence, after a digit: for the spans the coverage check skips.
const IN_SENTENCE = new RegExp(String.raw`(?<=\d\s?)[(（]\s*(?:${SIZE})?\s*(?:${UNIT})\s*[)）]`, "gi");

export const BRACKET_UNIT_REASON = "the size of the unit the amount before it is given in, not a quantity";

/** The bracketed unit that `after` (the text right after a bare number) starts with, if any. */
export function bracketUnitAfter(
  after: string,
): { multiplier: number; text: string; unitWord: string } | undefined {
  const m = AFTER_NUMBER.exec(after);
  if (!m) return undefined;
  return { multiplier: UNIT_SIZES[(m[1] ?? "").toLowerCase()] ?? 1, text: m[0], unitWord: m[2]! };
}

/** Where a sentence's bracketed units after numbers stand. */
export function bracketUnitSpans(sentence: string): { start: number; end: number }[] {
  return [...sentence.matchAll(IN_SENTENCE)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}
