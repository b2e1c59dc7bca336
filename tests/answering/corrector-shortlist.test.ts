// The corrector's candidates for a misspelt word come from trigram lists kept by first letter: the
// same shortlist, in the same order, as counting the whole trigram lists and then keeping the
// words with the typed word's first letter (which counted thousands of words of a large corpus).
import { expect, it } from "vitest";
import { generateKnowledge } from "../../bench/synthetic.js";
import { trigramShortlist } from "../../src/answering/corrector.js";
import { createEngine } from "../../src/answering/engine.js";
import { realEngine } from "../support/knowledge.js";

const trigrams = (w: string) => {
  const padded = ` ${w} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
};

/** The shortlist as made from whole trigram lists. */
function fullScan(vocabulary: Map<string, string>): (surface: string) => string[] {
  const byTrigram = new Map<string, string[]>();
  for (const w of vocabulary.keys()) {
    if (w.length < 3 || /^\d/.test(w)) continue;
    for (const g of trigrams(w)) byTrigram.set(g, [...(byTrigram.get(g) ?? []), w]);
  }
  return (surface) => {
    const shared = new Map<string, number>();
    for (const g of trigrams(surface))
      for (const w of byTrigram.get(g) ?? []) shared.set(w, (shared.get(w) ?? 0) + 1);
    return [...shared]
      .filter(([w]) => w[0] === surface[0] && Math.abs(w.length - surface.length) <= 2)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 64)
      .map(([w]) => w);
  };
}

// Typos as people make them: a letter dropped, two swapped, one doubled.
function typosOf(words: string[]): string[] {
  return words.flatMap((w) => [
    w.slice(0, 2) + w.slice(3),
    w.slice(0, 1) + w[2] + w[1] + w.slice(3),
    w.slice(0, 3) + w[3] + w.slice(3),
  ]);
}

function expectSameShortlists(vocabulary: Map<string, string>) {
  const words = [...vocabulary.keys()].filter((w) => /^[a-z]{5,}$/.test(w)).filter((_, i) => i % 5 === 0);
  const fast = trigramShortlist(vocabulary);
  const slow = fullScan(vocabulary);
  const typed = [...typosOf(words), "abcd", "zzzz", "goverment", "relocaton", "peopel"];
  expect(typed.length).toBeGreaterThan(100);
  for (const t of typed) expect(fast(t), t).toEqual(slow(t));
}

it("shortlists the same candidates as the whole trigram lists, on the real report's words", () => {
  expectSameShortlists(realEngine().index.vocabulary);
});

it("and on a corpus of several reports", () => {
  expectSameShortlists(createEngine(generateKnowledge(600, 9), { terms: [] }).index.vocabulary);
});
