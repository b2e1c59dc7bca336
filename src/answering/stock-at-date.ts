// "How many poor people were left at the end of 2013?" where the report writes "the poor population
// fell from 8.04 million at the end of 2012 to 6.61 million at the end of 2013": what remains at a
// date is the stock the report gives for that date, not a whole less a part. The question must ask
// what is left or remains (a negated verb, "not yet finished by the end of the year", asks the part
// the report's figure leaves out) and the figure must be written with that same date after it.

const LEFT_OR_REMAINING = /\b(?:left|remain(?:s|ed|ing)?)\b/;
const NEGATION = /\b(?:not|never|yet to)\b|n't\b/;
const END_OF_YEAR = /\b(?:at|by) the end of (\d{4})\b/;

/** Whether the entry is the stock the question asks to be left at the end of a year. */
export function stockAtDateAsked(english: string, e: { written: string; sentence: string }): boolean {
  if (!LEFT_OR_REMAINING.test(english) || NEGATION.test(english)) return false;
  const year = END_OF_YEAR.exec(english)?.[1];
  if (!year) return false;
  const at = e.sentence.indexOf(e.written);
  if (at < 0) return false;
  const after = e.sentence.slice(at + e.written.length);
  return new RegExp(String.raw`^(?:\s+\p{L}+){0,3}\s+(?:at|by) the end of ${year}\b`, "u").test(after);
}
