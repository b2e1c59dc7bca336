// Word-level text handling: the search index, the question reader, the knowledge's units and the
// charts' topic search all split and stem words the same way. Depends on nothing of this project
// but util/, so every layer may use it.
import { stemmer } from "stemmer";
import { BoundedMemo } from "../util/bounded-memo.js";
import { getOrInsertComputed } from "../util/maps.js";

// Words that never name a topic, by closed class of English grammar: function words (articles,
// prepositions, pronouns, reflexives and the intensifier "own" ("its own"), auxiliaries and modals, conjunctions, question words),
// verbs of asking and telling, degree and approximation adverbs ("exactly", "roughly"), and the
// words a comparison is made with, the nouns English uses for "a quantity of" anything
// (QUANTITY_NOUNS: they say what kind of figure, not what about), and the scaffolding of a time phrase ("by the end of the
// month"; the month and year themselves are read as scope). fuse.js's token weighting treats unseen words as the rarest, so
// they go before any scoring. (What a chat adds beyond these is weighed in register.ts.)
export const QUANTITY_NOUNS = [
  "number",
  "amount",
  "figure",
  "quantity",
  "volume",
  "portion",
  "part",
  "sum",
  "level",
  "size",
  "count",
  "value",
  "scale",
  "extent",
  "length",
  "distance",
];

export const STOPWORDS = new Set(
  (
    "a an the of in on at to for from by with as and or but if than then so that this these those it its " +
    "is are was were be been being do does did done has have had having will would can could should shall may might " +
    "what which who whom whose when where why how many much more most less any some all each every no not " +
    "i me my we our you your he she they them their there here about into out over under up down per " +
    // The pronoun "one" ("which one", "quick one") stands for a noun it names not; its stem is "on".
    "one ones " +
    // English's other prepositions: a closed class that relates topics and names none.
    "toward towards across among amongst between through throughout during within without beyond upon via " +
    "against along amid behind below above beneath beside besides despite except inside outside onto " +
    "since until till unto after before " +
    "itself themselves himself herself ourselves yourself myself own " +
    "please tell show give know find say said says report reports also just only very really get got " +
    "happen happened happening going went mention mentioned describe explain regarding concerning like " +
    "go goes gone make made making " +
    "actually exactly approximately roughly around nearly almost respectively altogether overall " +
    "compared compare versus vs " +
    "end beginning start month months " +
    "s t d ll ve re"
  )
    .split(" ")
    .concat(QUANTITY_NOUNS),
);

export type Word = { surface: string; stem: string };

export function words(text: string): string[] {
  const found =
    text
      .toLowerCase()
      .normalize("NFKC")
      .replace(/[’‘]/g, "'")
      .match(/[a-z][a-z0-9]*(?:-[a-z0-9]+)*|\d+(?:[.,]\d+)*/g) ?? [];
  // A hyphenated word is also its parts. Built in one list: a list per word (flatMap) was most of
  // what reading a text made, and every index build and question reads thousands of texts.
  if (!found.some((w) => w.includes("-"))) return found;
  const out: string[] = [];
  for (const w of found) {
    out.push(w);
    if (w.includes("-")) out.push(...w.split("-"));
  }
  return out;
}

// Bounded (bounded-memo.ts): questions bring new words without end; the ceiling is above the
// distinct words of a 100,000-figure corpus, so building an index never recomputes a stem.
const STEMS_KEPT = 200_000;
const stemCache = new BoundedMemo<string, string>(STEMS_KEPT);
export function stem(word: string): string {
  return getOrInsertComputed(stemCache, word, (w) => (/^\d/.test(w) ? w.replace(/,/g, "") : stemmer(w)));
}

/** Content words of a text, stemmed, without stopwords, in order (duplicates kept). */
export function contentWords(text: string): Word[] {
  return words(text)
    .filter((w) => !STOPWORDS.has(w) && w.length > 1)
    .map((w) => ({ surface: w, stem: stem(w) }));
}

export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

/** A label inside a sentence: its first letter lower-cased, unless it starts a name ("Rain Plan funds"). */
export function lowerFirst(s: string): string {
  return /^[A-Z][a-z]+\b(?!\s+[A-Z])/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

// The last three rows of editDistance's table, reused: the corrector and the respellers compare a
// typed word with dozens of candidates per question, and a table of arrays per pair was garbage.
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  if (rows[0]!.length <= b.length) rows = rows.map(() => new Int32Array(2 * (b.length + 1)));
  // Rows i-2, i-1 and i of the (a.length + 1) x (b.length + 1) table.
  let [before, prev, cur] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, before[j - 2]! + 1);
      cur[j] = v;
    }
    [before, prev, cur] = [prev, cur, before];
  }
  return prev[b.length]!;
}
