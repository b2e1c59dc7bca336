// Names a sentence lists without a lead word: "in A, B and C", "the four prefectures of A, B, C
// and D", "A County, B County and C County remained …". A run of three or more capitalised names
// separated by commas, its last joined by "and", is a list however the sentence leads into it.

import { MONTH_NAMES } from "../text/years.js";

// One name: capitalised words, "of" allowed between them ("Lingang District of Linyi City"), and
// "and" before a people and "Autonomous" ("Weichang Manchu and Mongolian Autonomous County": a
// place named for two peoples is one name).
const WORD = String.raw`\p{Lu}[\p{L}’'\-]*`;
const NAME = String.raw`${WORD}(?:\s+(?:of\s+|and\s+(?=${WORD}\s+Autonomous\b))?${WORD})*`;
// A, B[, C …], and D: at least two commas' worth of names before the "and".
const RUN = new RegExp(String.raw`(?<![\p{L}’'\-])(${NAME})((?:,\s+${NAME})+),?\s+and\s+(${NAME})`, "gu");
// A run's first name may carry the words that open the sentence ("In July", "On the …"): they are
// no part of it.
const OPENERS = new RegExp(
  String.raw`^(?:(?:In|On|From|By|As|At|Since|Until|After|Before|During|With|Meanwhile|Currently|${MONTH_NAMES.join("|")})\s+)+`,
  "u",
);
/** Fewer names than this in a run is no list: "Industry and Commerce" is one name. */
const MIN_RUN = 3;
/** A "name" longer than this is a heading or a title, not one item of a list. */
const MAX_NAME_WORDS = 6;

/** Each comma-and run of capitalised names in the sentence, in the sentence's order. */
export function nameRuns(sentence: string): string[][] {
  const runs: string[][] = [];
  for (const m of sentence.matchAll(RUN)) {
    const first = m[1]!.replace(OPENERS, "").trim();
    const middle = m[2]!
      .split(/,\s+/)
      .map((p) => p.trim())
      .filter(Boolean);
    const items = [first, ...middle, m[3]!.trim()].filter(
      (n) => n.length > 0 && !OPENERS.test(`${n} `) && n.split(/\s+/).length <= MAX_NAME_WORDS,
    );
    if (items.length >= MIN_RUN) runs.push(items);
  }
  return runs;
}
