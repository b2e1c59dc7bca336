// rankSentences ranks from the scratch sums without copying every touched sentence out (an
// unscoped question touches most sentences of a large corpus): the same sentences, scores and
// order as ranking a full Scoring from score(), and the scratch is left clean for the next question.
import { describe, expect, it } from "vitest";
import { generateKnowledge } from "../../bench/synthetic.js";
import { createEngine, readQuestion, type Engine } from "../../src/answering/engine.js";
import {
  ASKED_YEAR_BOOST,
  queryTerms,
  rankSentences,
  SENTENCE_COVERAGE_BASE,
  score,
  scopeRanges,
  soleReport,
  TopK,
} from "../../src/answering/rank.js";
import type { Question } from "../../src/answering/understand.js";
import { realEngine } from "../support/knowledge.js";

/** The ranking as made before: every touched sentence copied into a Scoring, then ranked. */
function fromScoring(q: Question, engine: Engine) {
  const index = engine.index;
  const terms = queryTerms(q, index);
  const sole = soleReport(q, index);
  const idf = sole ? (t: string) => index.idfIn(t, sole) : index.idf;
  const s = score(
    terms,
    index.sentencePostings,
    index.sentenceScratch,
    idf,
    scopeRanges(q, index, "sentences"),
  );
  const verbatim = terms.reduce((m, t, i) => (t.alts[0]?.weight === 1 ? m | (1 << i) : m), 0);
  const top = new TopK<number>(20);
  for (let slot = 0; slot < s.touched.length; slot++) {
    if ((s.mask[slot]! & verbatim) === 0) continue;
    const ref = index.sentences[s.touched[slot]!]!;
    if (q.regions.length > 0 && !q.regions.includes(ref.region)) continue;
    if (q.reports && !q.reports.includes(ref.report)) continue;
    const boost = q.years.some((y) => ref.sentence.includes(String(y))) ? ASKED_YEAR_BOOST : 1;
    top.offer(slot, s.score[slot]! * (SENTENCE_COVERAGE_BASE + s.coverage[slot]!) * boost);
  }
  return top.items().map(({ item: slot, value }) => ({
    index: s.touched[slot]!,
    score: s.score[slot]!,
    coverage: s.coverage[slot]!,
    rank: value,
  }));
}

function expectSameRanking(engine: Engine, questions: string[]) {
  const index = engine.index;
  for (const text of questions) {
    const read = readQuestion(text, index, engine.glossary);
    // Scoped as asked, and unscoped as a no-answer's nearest topics search.
    for (const q of [read, { ...read, years: [], regions: [] }]) {
      const ranked = rankSentences(q, index, queryTerms(q, index)).map(
        ({ index: i, score: s, coverage, rank }) => ({
          index: i,
          score: s,
          coverage,
          rank,
        }),
      );
      expect(ranked, text).toEqual(fromScoring(q, engine));
      const { score: sums, coverage, localSum, mask, exactMask } = index.sentenceScratch;
      for (const a of [sums, coverage, localSum, mask, exactMask])
        expect(
          a.every((x) => x === 0),
          text,
        ).toBe(true);
    }
  }
}

describe("rankSentences", () => {
  it("ranks the real report's sentences as a full Scoring does, and leaves the scratch clean", () => {
    expectSameRanking(realEngine(), [
      "How many people did the Rain Plan train?",
      "What did the report say about drinking water safety in 2011?",
      "how much was the total investmnet for relocaton",
      "Tell me about the weather in Henan",
    ]);
  });

  it("does so over several reports, with a question's region and year and without", () => {
    const engine = createEngine(generateKnowledge(600, 9), { terms: [] });
    const report = engine.kb.reports[1]!.meta;
    expectSameRanking(engine, [
      `How much were the anti-poverty funds in ${report.region} in ${report.year}?`,
      `${report.region.toLowerCase()} ${report.year} poor households loans`,
      "How many villages were covered by the pilot funds?",
    ]);
  });
});
