// Each English word's closest words are stored with the vectors (assets/word-vectors/nearest.bin), so
// nearWordsAmong looks at a question word's own few closest words instead of scanning every word
// the report has. The lists must hold every word the full scan would have found.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  NEAR_MIN_SIMILARITY,
  NEAREST_FILE,
  NEAREST_STARTS_FILE,
  nearWordsAmong,
  similarityOf,
  WORD_VECTORS_DIR,
} from "../../src/answering/near-words.js";

const words = readFileSync(join(WORD_VECTORS_DIR, "words.txt"), "utf8").split("\n").filter(Boolean);
const bytes = (file: string) => {
  const b = readFileSync(join(WORD_VECTORS_DIR, file));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.length) as ArrayBuffer;
};
const cutoffs = new Float32Array(bytes("cutoffs.bin"));

/** The scan the stored lists replace: every candidate compared with the word. */
function scan(id: number, candidates: string[]) {
  const word = words[id]!;
  return candidates
    .filter((c) => c !== word)
    .map((c) => ({ word: c, similarity: similarityOf(word, c) ?? -1 }))
    .filter((c) => c.similarity >= NEAR_MIN_SIMILARITY && c.similarity >= cutoffs[id]! - 1e-6)
    .sort((a, b) => b.similarity - a.similarity);
}

describe("nearest words stored with the vectors", () => {
  it("give every English word a list of its closest words, one table entry per word", () => {
    const starts = new Uint32Array(bytes(NEAREST_STARTS_FILE));
    const nearest = new Uint16Array(bytes(NEAREST_FILE));
    expect(starts.length).toBe(words.length + 1);
    expect(starts[words.length]).toBe(nearest.length);
    // 'loans' is among the closest words of 'lending': the pair the question tests rely on.
    const lending = words.indexOf("lending");
    const list = [...nearest.subarray(starts[lending]!, starts[lending + 1]!)].map((i) => words[i]);
    expect(list).toContain("loans");
  });

  it("find what a scan of all English words finds, in the same order", () => {
    for (let id = 0; id < words.length; id += 997)
      expect(nearWordsAmong(words[id]!, words)).toEqual(scan(id, words));
  });

  it("keep the candidates' order between equally close words, and ignore words without vectors", () => {
    const lending = words.indexOf("lending");
    const candidates = ["luanchuan", "loans", "lend", "loan", "credit"];
    expect(nearWordsAmong("lending", candidates)).toEqual(scan(lending, candidates));
  });
});
