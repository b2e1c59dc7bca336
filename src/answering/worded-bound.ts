// A bound written as a number word after a comparing phrase ("more than ten projects", "at least
// five counties", "fewer than twenty-two villages"): the same bound as the one written in digits.
// Only the phrases that compare a count read a number word this way: "top ten" is a ranking, "over
// two years" a span, "under one roof" an idiom. "One" stays a pronoun ("more than one of them" is
// read by other rules), and a number word before a scale word ("ten million") is read upstream
// (number-words.ts). A fraction, a percentage or a multiple after the word is no count bound.
import { CARDINALS } from "../text/number-words.js";

const COUNT_BOUND_PHRASES =
  "more than|greater than|at least|no less than|not less than|less than|fewer than|at most|no more than|not more than";
const BELOW_TWENTY = Object.keys(CARDINALS).filter((w) => CARDINALS[w]! > 1 && CARDINALS[w]! < 20);
const TENS = Object.keys(CARDINALS).filter((w) => CARDINALS[w]! >= 20 && CARDINALS[w]! < 100);
const DIGIT_WORDS = Object.keys(CARDINALS).filter((w) => CARDINALS[w]! < 10);
const NOT_A_COUNT_AFTER = String.raw`(?![\s-]*(?:hundred|thousand|million|billion|thirds?|quarters?|fourths?|fifths?|tenths?|halves|times|percent|per\b|%))`;
const WORDED_BOUND = new RegExp(
  String.raw`\b(${COUNT_BOUND_PHRASES})\s+(?:(${TENS.join("|")})(?:-(${DIGIT_WORDS.join("|")}))?|(${BELOW_TWENTY.join("|")}))\b${NOT_A_COUNT_AFTER}\s*`,
  "i",
);

/** The first count bound written in words: its phrase ("more than"), value, and text as written. */
export function wordedBoundIn(english: string): { phrase: string; value: number; text: string } | undefined {
  const m = WORDED_BOUND.exec(english);
  if (!m) return undefined;
  const [text, phrase, tens, unit, alone] = m;
  const value = tens
    ? CARDINALS[tens.toLowerCase()]! + (unit ? CARDINALS[unit.toLowerCase()]! : 0)
    : CARDINALS[alone!.toLowerCase()]!;
  return { phrase: phrase!.toLowerCase(), value, text };
}
