// A short list written as lines of a name and its figures, after a line that says what they are:
//   The relocated households by city were:
//   Xuzhou: 3,150 households, 11,280 people
//   Suqian: 2,460 households, 8,730 people
// Sections are flattened into sentences, so the lines run together ("… people Suqian: 2,460 …") and
// no grammar can tell whose figures follow which name. Each figure of such a row is the list's
// measure for the row's name: "Relocated households by city: Suqian (people)".
// A table flattened into one sentence writes its rows without the colon, one after another with
// semicolons ("… by city were as follows: Xuzhou 3,150 households, 11,280 people; Suqian 2,460
// households, 8,730 people."): after a lead closed by a colon, a name and its figures between
// semicolons is such a row too.
import { SCALE_WORDS } from "./numbers.js";

/**
 * A row's name: capitalised words ("Huai'an", "Lianyungang City"), two joined by "and" ("Greater and
 * Lesser Liangshan"), and a place noun after them ("Qinba Mountain area").
 */
const NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:(?: | and )\p{Lu}[\p{L}'’-]*){0,4}(?: (?:area|areas|region|county|city|prefecture|district|township|town))?`;
/** A figure's noun: one word, or an adjective and its noun ("poor people"). */
const NOUN = String.raw`(?:Yuan|(?:[a-z][a-z-]* (?!and\b|with\b|of\b|in\b|to\b|for\b))?[a-z][a-z-]*)`;
/**
 * One figure of a row: a number (its thousands grouped by commas or thin spaces), a size word, and
 * its noun ("11,280 people", "56 million Yuan").
 */
const FIGURE = String.raw`\d[\d,.\u2009]*(?: (?:${SCALE_WORDS}))? ${NOUN}`;
const ROW = new RegExp(`(${NAME}): (${FIGURE}(?:, ${FIGURE})*)(?=[ ;.]|$)`, "gu");
/** The noun of each figure of a row (the last word of a noun with an adjective). */
const FIGURE_NOUN = new RegExp(
  String.raw`\d (?:(?:${SCALE_WORDS}) )?(?:[a-z][a-z-]* (?=[a-z]))?(Yuan|[a-z][a-z-]*)`,
  "gu",
);
/** A row without its colon, closed by a semicolon or the sentence's end. */
const BARE_ROW = new RegExp(`(${NAME}) (${FIGURE}(?:, ${FIGURE})*)(?=\\s*[;.]|\\s*$)`, "gu");

const LEADING_NUMBER = new RegExp(String.raw`^[\d.,\u2009]+(?:\s+(?:${SCALE_WORDS}))?\s*`);

/** Rows a list needs: one "Name: N" is an ordinary clause ("Hotline: 12317"). */
const MIN_ROWS = 2;

export type NamedRow = { name: string; start: number; end: number };
/** `nouns`: the nouns the rows' figures are written with, lower case ("households", "people"). */
export type NamedRows = { title: string; rows: NamedRow[]; nouns: string[] };

/**
 * The rows of a named list in a sentence and the list's title (the words before its first row, to
 * the clause's start, without "The" and a closing "were:"), or undefined when the sentence holds
 * fewer than two such rows one right after another.
 */
export function namedRows(sentence: string): NamedRows | undefined {
  // Rows follow one another with only a space between them (or a semicolon, without their colons);
  // a row further on starts a new list.
  const rows = [
    // Rows with colons may also be set apart by semicolons ("Qinba area: 29 counties; Wumeng area: …").
    consecutiveRows(sentence, ROW, /^\s*;?\s*(?:and\s+)?$/, false),
    consecutiveRows(sentence, BARE_ROW, /^\s*;\s*(?:and\s+)?$/, true),
  ].find((r) => r.length >= MIN_ROWS);
  if (!rows) return undefined;
  const lead = sentence.slice(0, rows[0]!.start);
  // A sentence that is nothing but rows has no title: each figure is named by its own noun.
  if (
    /^\s*$/.test(lead) &&
    rows[0]!.name === /^\s*(\S.*)$/.exec(sentence)?.[1]?.slice(0, rows[0]!.name.length)
  )
    return { title: "", rows, nouns: nounsOf(sentence, rows) };
  // The title ends with a colon: "… by city were:", "Relocated households were as follows:".
  const m = /([^.;:!?]*?)\s*(?:(?:were|are|was|is)\b\s*)?(?:as follows\s*)?:\s*$/u.exec(lead);
  const title = m?.[1]
    ?.replace(/^.*,\s*/, "")
    .replace(/^(?:the|these|those)\s+/i, "")
    .trim();
  if (!title || !/\p{L}/u.test(title)) return undefined;
  return { title: title.charAt(0).toUpperCase() + title.slice(1), rows, nouns: nounsOf(sentence, rows) };
}

/** The nouns the rows' figures are written with, lower case. */
function nounsOf(sentence: string, rows: NamedRow[]): string[] {
  const nouns = new Set(
    rows.flatMap((r) =>
      [...sentence.slice(r.start, r.end).matchAll(FIGURE_NOUN)].map((m) => m[1]!.toLowerCase()),
    ),
  );
  return [...nouns];
}

/**
 * The first run of rows `pattern` finds with only `between` between them; `afterColon`: the run's
 * first row must follow the lead's colon (a name and a figure without a colon are an ordinary
 * phrase elsewhere: "Heyuan 15,800 households" is a row only in a list).
 */
function consecutiveRows(
  sentence: string,
  pattern: RegExp,
  between: RegExp,
  afterColon: boolean,
): NamedRow[] {
  const rows: NamedRow[] = [];
  for (const m of sentence.matchAll(pattern)) {
    const row = { name: m[1]!, start: m.index!, end: m.index! + m[0].length };
    const last = rows.at(-1);
    if (last && !between.test(sentence.slice(last.end, row.start))) break;
    if (!last && afterColon && !/:\s*$/.test(sentence.slice(0, row.start))) continue;
    rows.push(row);
  }
  return rows;
}

/** The row a figure at `index` of the sentence stands in, if any. */
export function rowAt(list: NamedRows, index: number): NamedRow | undefined {
  return list.rows.find((r) => index > r.start && index < r.end);
}

/**
 * The label of a figure of a row: the list's title and the row's name, and the figure's unit when
 * the title names another noun ("Relocated households by city: Suqian (people)").
 */
export function rowLabel(list: NamedRows, row: NamedRow, unit: string, written?: string): string {
  // Untitled rows: "Poor people in Qinba Mountain area", the figure's own noun and the row's name.
  if (list.title === "") {
    const noun = written?.replace(LEADING_NUMBER, "") || unit;
    return `${noun.charAt(0).toUpperCase()}${noun.slice(1)} in ${row.name}`;
  }
  const head = list.title.toLowerCase().split(/\s+/);
  const names = (u: string) => head.some((w) => w === u.toLowerCase() || w === `${u.toLowerCase()}s`);
  // A title naming two of the rows' nouns ("Households and people lifted …") names neither alone.
  const named = names(unit) && !list.nouns.some((n) => n !== unit.toLowerCase() && names(n));
  return `${list.title}: ${row.name}${named ? "" : ` (${unit})`}`;
}
