// A table written into prose states its unit once, in brackets, and then gives bare numbers:
// "Planned investment by county (unit: 10,000 Yuan): A County 3,020; B County 3,040." Each bare
// number after the declaration, to the end of its sentence, is an amount in that unit, and the
// number inside the declaration ("10,000") is the unit's size, not a figure. A sentence may state
// its unit in words instead ("Measured in 10,000 yuan, the investment reached 84,600 in …"): its
// bare numbers are amounts in that unit too, but it is a sentence, not a table of rows.

import { IRREGULAR_PARTICIPLES } from "../text/participles.js";

/** How much one written unit is worth in Yuan, by the words a declaration may use. */
export const UNIT_SIZES: Record<string, number> = {
  "": 1,
  "10,000": 1e4,
  // Grouped by a space or by the thin space of a page that groups thousands so (spaced-thousands.ts).
  "10 000": 1e4,
  "10\u2009000": 1e4,
  "10000": 1e4,
  "ten thousand": 1e4,
  thousand: 1e3,
  million: 1e6,
  "100 million": 1e8,
  billion: 1e9,
};

// "(unit: 10,000 Yuan)", "（Unit：yuan）": brackets, the word unit, a colon, an optional size, a currency.
const DECLARATION =
  /[(（]\s*units?\s*[:：]\s*(10,000|10[ \u2009]000|10000|ten thousand|thousand|100 million|million|billion)?\s*(?:yuan|rmb)\s*[)）]/gi;

// "Measured in 10,000 yuan, …", "expressed in units of 100 million yuan", "In 10,000 yuan, …".
const SIZE = "(10,000|10[ \u2009]000|10000|ten thousand|thousand|100 million|million|billion)";
const DECLARATION_IN_WORDS = new RegExp(
  String.raw`\b(?:(?:measured|expressed|calculated|given|stated|counted)\s+in|^in)\s+(?:units?\s+of\s+)?${SIZE}\s+(?:yuan|rmb)\b(?=\s*[,;:])`,
  "i",
);

export type DeclaredUnit = {
  /** Where the bracketed declaration starts and ends in the sentence. */
  start: number;
  end: number;
  /** Yuan per written unit: 10,000 for "(unit: 10,000 Yuan)". */
  multiplier: number;
  /** What the table lists: the words before the declaration, back to the previous clause. */
  title: string;
  /** A table of named rows ("A County 3,020; …"), or a sentence whose grammar labels its figures. */
  rows: boolean;
};

export const UNIT_DECLARATION_REASON = "the size of the unit a table's figures are given in, not a quantity";

/** The sentence's money-unit declaration, if it has one. */
export function declaredUnit(sentence: string): DeclaredUnit | undefined {
  DECLARATION.lastIndex = 0;
  const m = DECLARATION.exec(sentence);
  if (!m) {
    const w = DECLARATION_IN_WORDS.exec(sentence);
    return w
      ? {
          start: w.index,
          end: w.index + w[0].length,
          multiplier: UNIT_SIZES[w[1]!.toLowerCase()] ?? 1,
          title: "",
          rows: false,
        }
      : undefined;
  }
  const before = sentence.slice(0, m.index);
  const clauseStart = Math.max(before.lastIndexOf(";"), before.lastIndexOf(":"), before.lastIndexOf("."));
  return {
    start: m.index,
    end: m.index + m[0].length,
    multiplier: UNIT_SIZES[(m[1] ?? "").toLowerCase()] ?? 1,
    title: tableTitle(before.slice(clauseStart + 1)),
    rows: true,
  };
}

// "The funds were arranged as follows": a title written as a passive clause names its table by the
// noun and the participle ("Funds arranged"), as a heading would; a title that is a phrase stays.
const PASSIVE_TITLE =
  /^(?:the\s+)?(.+?)\s+(?:were|was|are|is|have been|has been)\s+([a-z]+)(?:\s+as follows)?$/i;

/** The words before a unit declaration as the table's title. */
function tableTitle(words: string): string {
  const trimmed = words.trim();
  const passive = PASSIVE_TITLE.exec(trimmed);
  if (!passive) return trimmed;
  const verb = passive[2]!.toLowerCase();
  if (!(verb.endsWith("ed") || IRREGULAR_PARTICIPLES.has(verb))) return trimmed;
  const title = `${passive[1]} ${passive[2]}`;
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/**
 * The row name a bare number of such a table follows: "Lianhua County" in "…; Lianhua County
 * 3,020; …" or "…; Lianhua County: 3,020; …" (the text back to the previous separator or the
 * declaration).
 */
export function rowName(sentence: string, unit: DeclaredUnit, numberAt: number): string {
  // "…; Relocation: 16,840; …": a row may set its name off from its number with a colon.
  const before = sentence.slice(unit.end, numberAt).replace(/[\s:：]+$/, "");
  const cut = Math.max(before.lastIndexOf(";"), before.lastIndexOf(":"), before.lastIndexOf(","));
  return before
    .slice(cut + 1)
    .trim()
    .replace(/^(?:and|or)\s+/i, "");
}
