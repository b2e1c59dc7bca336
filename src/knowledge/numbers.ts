// Finding and reading numbers in English report prose: digits ("1,000", "633.5068 million"),
// cardinal words ("seven"), ordinals ("17th", which coverage must account for too).
import { isYearText, MONTH_NAMES, YEAR } from "../text/years.js";
import { CARDINALS } from "../text/number-words.js";

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
/**
 * The words that scale a figure written before them ("1.2 million", "48.6 ten thousand", "49.35 100
 * million" for 亿), longest first.
 */
export const SCALE_WORDS = String.raw`hundred million|100 million|ten thousand|thousand|million|billion`;

const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const WORDS = Object.keys(CARDINALS).join("|");
// "eighty-six projects": a hyphened compound of a ten and a unit is one number, never eighty and six.
const TENS_WORDS = Object.keys(CARDINALS)
  .filter((w) => CARDINALS[w]! >= 20 && CARDINALS[w]! < 100)
  .join("|");
const UNIT_WORDS = Object.keys(CARDINALS)
  .filter((w) => CARDINALS[w]! < 10)
  .join("|");
const COMPOUND_WORDS = String.raw`\b(?:${TENS_WORDS})-(?:${UNIT_WORDS})\b`;
// "8,600 10,000 Yuan": a translation that kept the Chinese money unit 万元 (ten thousand yuan) writes
// it after the number, so the number counts ten-thousands of Yuan. Only before a currency: "8,600
// 10,000" alone is two numbers. A translator may write the unit half in digits ("8,600 10 thousand
// yuan"), read the same way and only before a currency too. Spelled out, the unit stands before any
// noun ("48.6 ten thousand people", 48.6万人): English writes "ten thousand" after a figure only as
// that unit.
const TEN_THOUSAND = String.raw`(?:\s+(?:(10,000|10000|10\s+thousand)(?=\s*(?:yuan|rmb)\b)|(ten thousand)\b))`;
// "49.35 100 million yuan": the same translation writes 亿元 (a hundred million yuan) as "100 million
// yuan" after the number, which then counts hundred-millions of Yuan (49.35亿元 = 4,935,000,000).
// Digits only before a currency, and never after a year ("in 2012 100 million yuan" is two figures);
// the words "hundred million" after a number scale it anywhere, as English itself reads "3 hundred
// million". A plain "100 million yuan" (no number before it) stays one hundred million.
const HUNDRED_MILLION = String.raw`(?:(?<!\b(?:19|20)\d\d)\s+(?:(100 million)(?=\s*(?:yuan|rmb)\b)|(hundred million)\b))`;
// "%" or the word: one translator writes "13.2 percent" where another writes "13.2%" ("percentage
// points" is a difference of rates, not a rate: the word must end there).
const PERCENT = String.raw`\s*%|\s+per\s?cent\b`;
// A number: digits or a cardinal word, optionally followed by a scale word, optionally "%".
export const NUMBER_TOKEN = new RegExp(
  String.raw`(?<![A-Za-z\d]|\d[.,])(?:(${DIGITS})(st|nd|rd|th)?|(${COMPOUND_WORDS}|\b(?:${WORDS})\b))(?:${HUNDRED_MILLION}|\s+(thousand|million|billion)\b|${TEN_THOUSAND})?(${PERCENT})?`,
  "gi",
);

export type NumberToken = {
  /** Offset in the sentence and the text matched. */
  index: number;
  text: string;
  value: number;
  percent: boolean;
  ordinal: boolean;
  /** Spelled out ("seven"), as opposed to digits. */
  word: boolean;
};

export function findNumbers(sentence: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const m of sentence.matchAll(NUMBER_TOKEN)) {
    const [
      text,
      digits,
      ordinalSuffix,
      word,
      hundredMillionDigits,
      hundredMillionWords,
      scale,
      tenThousandDigits,
      tenThousandWords,
      percent,
    ] = m;
    const tenThousand = tenThousandDigits ?? tenThousandWords;
    const hundredMillion = hundredMillionDigits ?? hundredMillionWords;
    const base = digits !== undefined ? Number(digits.replace(/,/g, "")) : wordValue(word!);
    const multiplier = hundredMillion ? 1e8 : scale ? SCALES[scale.toLowerCase()]! : tenThousand ? 1e4 : 1;
    tokens.push({
      index: m.index!,
      text: text.trimEnd(),
      value: scaleExactly(base, multiplier),
      percent: percent !== undefined,
      ordinal: ordinalSuffix !== undefined,
      word: word !== undefined,
    });
  }
  return tokens;
}

/** A cardinal in words: "seven", or a ten and a unit hyphened ("eighty-six"). */
function wordValue(word: string): number {
  return word
    .toLowerCase()
    .split("-")
    .reduce((sum, w) => sum + CARDINALS[w]!, 0);
}

// 4.418 * 1e9 is 4418000000.000001 in floating point; rounding to the digits the text has avoids it.
function scaleExactly(base: number, multiplier: number): number {
  if (multiplier === 1) return base;
  return Number((base * multiplier).toPrecision(15));
}

export function isYear(token: NumberToken): boolean {
  return !token.word && !token.percent && !token.ordinal && isYearText(token.text);
}

const MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());
const MONTH = `(${MONTHS.join("|")})`;
// "January 9, 2011", "December 7 to December 9", "June 23 to 26, 2010", "October 31".
export const DATE_PATTERN = new RegExp(
  String.raw`\b${MONTH}\s+(\d{1,2})(?:\s*(?:to|-|–)\s*(?:${MONTH}\s+)?(\d{1,2}))?(?:,\s*(${YEAR}))?\b`,
  "gi",
);

export type DateMatch = {
  index: number;
  text: string;
  start: string;
  end?: string | undefined;
  year: number | null;
};

export function findDates(sentence: string): DateMatch[] {
  const out: DateMatch[] = [];
  for (const m of sentence.matchAll(DATE_PATTERN)) {
    const [text, month1, day1, month2, day2, year] = m;
    const y = year ? Number(year) : null;
    const iso = (month: string, day: string) =>
      `${y ?? "-"}-${String(MONTHS.indexOf(month.toLowerCase()) + 1).padStart(2, "0")}-${day.padStart(2, "0")}`;
    out.push({
      index: m.index!,
      text,
      start: iso(month1!, day1!),
      end: day2 ? iso(month2 ?? month1!, day2) : undefined,
      year: y,
    });
  }
  return out;
}

export function formatNumber(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: 6 });
}
