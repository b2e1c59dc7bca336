// A word's weight within one report (search-index.ts idfIn) counts the report's documents that
// hold it with two binary searches in the word's postings, making nothing per call: the same
// weight as counting those documents one by one.
import { expect, it } from "vitest";
import { generateKnowledge } from "../../bench/synthetic.js";
import { createEngine } from "../../src/answering/engine.js";
import type { Postings } from "../../src/answering/search-index.js";

const within = (p: Postings, term: string, [from, to]: [number, number]) => {
  const i = p.terms.get(term);
  if (i === undefined) return 0;
  let n = 0;
  for (let k = p.starts[i]!; k < p.starts[i + 1]!; k++) if (p.docs[k]! >= from && p.docs[k]! < to) n += 1;
  return n;
};

it("weighs a word within a report by the report's documents that hold it", () => {
  const index = createEngine(generateKnowledge(600, 9), { terms: [] }).index;
  const terms = [...index.entryPostings.terms.keys()].filter((_, i) => i % 7 === 0).concat(["nosuchword"]);
  for (const [id, span] of index.reportSpans!) {
    const size = span.entries[1] - span.entries[0] + span.sentences[1] - span.sentences[0];
    for (const t of terms) {
      const d =
        within(index.entryPostings, t, span.entries) + within(index.sentencePostings, t, span.sentences);
      expect(index.idfIn(t, id), `${t} in ${id}`).toBeCloseTo(Math.log(1 + size / (d === 0 ? 0.5 : d)), 12);
    }
  }
});
