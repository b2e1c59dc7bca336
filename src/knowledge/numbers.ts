// Finding and reading numbers in English report prose: digits ("1,000", "633.5068 million"),
// cardinal words ("seven"), ordinals ("17th", which coverage must account for too).
import { isYearText, MONTH_NAMES, YEAR } from "../text/years.js";
import { CARDINALS } from "../text/number-words.js";
import { CURRENCY_CODES } from "./units.js";

// The scale words and the abbreviations translators write for them ("1.2 bn", "3.5 mln"); a lone "m"
// or "k" is left alone (metres, kilo-), as is a scale run into a word other than these.
const SCALES: Record<string, number> = {
  // "three hundred households", "35 hundred yuan": a number before "hundred" counts hundreds ("5
  // hundred-year-old trees" is no scale).
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  mln: 1e6,
  billion: 1e9,
  bn: 1e9,
  bln: 1e9,
  trillion: 1e12,
};
/**
 * The words that scale a figure written before them ("1.2 million", "48.6 ten thousand", "49.35 100
 * million" for 亿), longest first.
 */
export const SCALE_WORDS = String.raw`one hundred million|hundred[ -]million|100[ -]million|hundred[ -]thousand|ten[ -]thousands?|10[ -]thousands?|thousand|million|billion|trillion|hundred|bln|mln|bn`;

// "10 000 yuan", "1 234 567 yuan": groups of three split by a (no-break) space are one amount,
// but only before a currency, where English never writes two numbers side by side ("5 households
// got 500 yuan" has a noun between them). Split by a thin space, the typesetter's thousands
// separator (which spaced-thousands.ts puts in a page that groups by spaces), they are one number
// anywhere: "17 305 households". At most five groups (up to 999 999 999 999 999), so a long run of
// spaced digits is scanned a bounded distance from each start, never to its end.
const SPACED_DIGITS = String.raw`\d{1,3}(?:\u2009\d{3}){1,4}(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3}){1,4}(?:\.\d+)?(?=\s*(?:yuan|rmb|cny)\b)`;
// "1,2 million" (a decimal comma, or a typo) and "12,3456" are neither grouped thousands nor a
// decimal: no number is read from them (the digits may not end right before ",digit" or a digit).
const DIGITS = String.raw`(?:${SPACED_DIGITS}|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!,\d|\d)`;
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
// Hyphened ("2.3 ten-thousand yuan", "3.5 10-thousand yuan") or plural ("3.5 ten thousands yuan") is
// the same unit.
const TEN_THOUSAND = String.raw`(?:\s+(?:(10,000|10000|10[\s-]thousands?)(?=\s*(?:yuan|rmb|cny)\b)|(ten[ -]thousands?)\b))`;
// "49.35 100 million yuan": the same translation writes 亿元 (a hundred million yuan) as "100 million
// yuan" after the number, which then counts hundred-millions of Yuan (49.35亿元 = 4,935,000,000).
// Digits only before a currency, and never after a year ("in 2012 100 million yuan" is two figures);
// the words "hundred million" after a number scale it anywhere, as English itself reads "3 hundred
// million". A plain "100 million yuan" (no number before it) stays one hundred million.
// Hyphened ("3.5 hundred-million yuan") and "one hundred million" before a currency read the same.
const HUNDRED_MILLION = String.raw`(?:(?<!\b(?:19|20)\d\d)\s+(?:((?:100|one hundred)[ -]million)(?=\s*(?:yuan|rmb|cny)\b)|(hundred[ -]million)\b))`;
// "3.5 hundred thousand yuan": English's own compound scale (十万), read anywhere as "hundred million" is.
const HUNDRED_THOUSAND = String.raw`\s+(hundred[ -]thousand)\b`;
// "%" or the word: one translator writes "13.2 percent" where another writes "13.2%" ("percentage
// points" is a difference of rates, not a rate: the word must end there).
// The full-width "％" of Chinese typesetting, "12.5percent" run together and the abbreviation "pct"
// are the same rate.
const PERCENT = String.raw`\s*[%％]|\s*per\s?cent\b|\s+pct\b`;
// "RMB1.2 billion", "CNY3.4 million": a currency code run into the amount; any other letter before
// digits makes them part of a word or code ("G310", "A3").
const NOT_AFTER = String.raw`(?<!\d[.,]|\d|[A-Za-z](?<!\b(?:${CURRENCY_CODES})))`;
// A number: digits or a cardinal word, optionally followed by a scale word, optionally "%".
export const NUMBER_TOKEN = new RegExp(
  String.raw`${NOT_AFTER}(?:(${DIGITS})(st|nd|rd|th)?|(${COMPOUND_WORDS}|\b(?:${WORDS})\b))(?:${HUNDRED_MILLION}|${HUNDRED_THOUSAND}|\s+(thousand|million|billion|trillion|hundred(?!-))\b|\s*(bn|bln|mln)\b|${TEN_THOUSAND})?(${PERCENT})?`,
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
      hundredThousand,
      scaleWord,
      scaleAbbreviation,
      tenThousandDigits,
      tenThousandWords,
      percent,
    ] = m;
    const tenThousand = tenThousandDigits ?? tenThousandWords;
    const hundredMillion = hundredMillionDigits ?? hundredMillionWords;
    const scale = scaleWord ?? scaleAbbreviation;
    const base = digits !== undefined ? Number(digits.replace(/[,\s]/g, "")) : wordValue(word!);
    const multiplier = hundredMillion
      ? 1e8
      : hundredThousand
        ? 1e5
        : scale
          ? SCALES[scale.toLowerCase()]!
          : tenThousand
            ? 1e4
            : 1;
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
