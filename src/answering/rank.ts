// Scores entries and sentences against a question through the inverted index: only documents
// that share a term with the question are touched.
import type { Entry } from "../knowledge/schema.js";
import type { Question } from "./understand.js";
import { hanBigrams, type Posting, type SearchIndex } from "./search-index.js";

export type QueryTerm = { term: string; weight: number; idf: number };
export type Scored = { index: number; score: number; coverage: number; matched: Set<string> };

// Below this share of the question's (idf-weighted) words an entry is not about what was asked.
export const MIN_COVERAGE = 0.55;

export function queryTerms(q: Question, index: SearchIndex, text?: string): QueryTerm[] {
  const words = text === undefined ? q.terms : q.terms.filter((w) => text.includes(w.surface));
  const seen = new Map<string, QueryTerm>();
  for (const w of words) {
    const hit = index.resolve(w.surface, w.stem);
    const term = hit?.term ?? `?${w.stem}`;
    const idf = hit ? index.idf(hit.term) : index.maxIdf;
    if (!seen.has(term)) seen.set(term, { term, weight: hit?.quality ?? 0, idf });
  }
  if (q.language === "zh" && text === undefined) {
    // Chinese aliases are matched on character pairs: weak evidence alone, a tie-breaker with the glossary.
    for (const b of hanBigrams(q.raw)) {
      if (!seen.has(b) && (index.entryPostings.has(b) || index.sentencePostings.has(b))) seen.set(b, { term: b, weight: 0.35, idf: 0 });
    }
  }
  return [...seen.values()];
}

/** Scores every document that shares a term; coverage is the matched share of the question's idf mass. */
export function scoreDocs(terms: QueryTerm[], postings: Map<string, Posting[]>, idf: (t: string) => number): Scored[] {
  const total = terms.reduce((s, t) => s + t.idf, 0) || 1;
  const acc = new Map<number, Scored>();
  for (const t of terms) {
    if (t.weight === 0) continue;
    const termIdf = t.idf || idf(t.term);
    for (const p of postings.get(t.term) ?? []) {
      let s = acc.get(p.doc);
      if (!s) acc.set(p.doc, (s = { index: p.doc, score: 0, coverage: 0, matched: new Set() }));
      s.score += t.weight * termIdf * p.weight;
      if (!t.term.startsWith("zh:")) s.coverage += (t.weight * t.idf) / total;
      s.matched.add(t.term);
    }
  }
  return [...acc.values()];
}

/** How well an entry's kind and unit fit what the question asks for (1 = exactly). */
export function fitFactor(q: Question, e: Entry): number {
  let f = 1;
  if (q.kinds.length > 0) {
    const at = q.kinds.indexOf(e.kind as (typeof q.kinds)[number]);
    f *= at === 0 ? 1.3 : at > 0 ? 1 : 0.25;
  }
  if (q.countUnit && e.kind === "count") f *= e.unit === q.countUnit ? 1.5 : 0.5;
  return f;
}

export function inScope(q: Question, e: Entry): boolean {
  if (q.years.length > 0 && (e.year === null || !q.years.includes(e.year))) return false;
  if (q.regions.length > 0 && !q.regions.includes(e.region)) return false;
  return true;
}

export type RankedEntry = Scored & { entry: Entry; rank: number };

export function rankEntries(q: Question, index: SearchIndex, terms = queryTerms(q, index), filter?: (e: Entry) => boolean): RankedEntry[] {
  return scoreDocs(terms, index.entryPostings, index.idf)
    .map((s) => ({ ...s, entry: index.kb.entries[s.index]! }))
    .filter((s) => inScope(q, s.entry) && (!filter || filter(s.entry)))
    .map((s) => ({ ...s, rank: s.score * fitFactor(q, s.entry) * (0.5 + s.coverage) }))
    .sort((a, b) => b.rank - a.rank);
}

export function rankSentences(q: Question, index: SearchIndex, terms = queryTerms(q, index)) {
  return scoreDocs(terms, index.sentencePostings, index.idf)
    .map((s) => ({ ...s, ...index.sentences[s.index]! }))
    .filter((s) => q.regions.length === 0 || index.kb.sections.some((sec) => sec.title === s.section && q.regions.includes(sec.region)))
    .sort((a, b) => b.score * (0.5 + b.coverage) - a.score * (0.5 + a.coverage));
}
