// Scores entries and sentences against a question through the inverted index: only documents
// that share a term with the question are touched.
import type { Entry } from "../knowledge/schema.js";
import type { Question } from "./understand.js";
import { hanBigrams, type Posting, type SearchIndex } from "./search-index.js";
import { synonymsOf } from "./synonyms.js";
import { stem } from "./text.js";

/** One question word: its indexed form and synonyms as alternatives, and how much it weighs. */
export type QueryTerm = { term: string; alts: { term: string; weight: number }[]; weight: number; idf: number };
const SYNONYM_WEIGHT = 0.7;
const HEAD_WEIGHT = 1.5;
export type Scored = {
  index: number;
  score: number;
  /** Share of the question's idf mass matched anywhere in the document. */
  coverage: number;
  /** Share matched in the entry's own words (label, aliases, clause, unit), not just its sentence. */
  local: number;
  matched: Set<string>;
};

// Below this share of the question's (idf-weighted) words an entry is not about what was asked.
export const MIN_COVERAGE = 0.55;
// An entry must also match some of the question in its own label or clause, not only in a long sentence it shares.
export const MIN_LOCAL = 0.25;
const LOCAL_FIELD_WEIGHT = 1.5;

export function queryTerms(q: Question, index: SearchIndex, text?: string): QueryTerm[] {
  const words = text === undefined ? q.terms : q.terms.filter((w) => text.includes(w.surface));
  const head = new Set(q.head);
  const seen = new Map<string, QueryTerm>();
  for (const w of words) {
    const hit = index.resolve(w.surface, w.stem);
    const term = hit?.term ?? `?${w.stem}`;
    if (seen.has(term)) continue;
    const alts = hit ? [{ term: hit.term, weight: hit.quality }] : [];
    for (const syn of synonymsOf(w.surface)) {
      const t = stem(syn);
      if (t !== term && !alts.some((a) => a.term === t) && (index.entryPostings.has(t) || index.sentencePostings.has(t))) alts.push({ term: t, weight: SYNONYM_WEIGHT });
    }
    const boost = head.has(w.surface) ? HEAD_WEIGHT : 1;
    const idf = hit ? index.idf(hit.term) : alts[0] ? index.idf(alts[0].term) : index.maxIdf;
    seen.set(term, { term, alts, weight: boost, idf });
  }
  if (q.language === "zh" && text === undefined) {
    // Chinese aliases are matched on character pairs: weak evidence alone, a tie-breaker with the glossary.
    for (const b of hanBigrams(q.raw)) {
      if (!seen.has(b) && (index.entryPostings.has(b) || index.sentencePostings.has(b))) seen.set(b, { term: b, alts: [{ term: b, weight: 0.35 }], weight: 1, idf: 0 });
    }
  }
  return [...seen.values()];
}

/** Scores every document that shares a term; coverage is the matched share of the question's idf mass. */
export function scoreDocs(terms: QueryTerm[], postings: Map<string, Posting[]>, idf: (t: string) => number): Scored[] {
  const total = terms.reduce((s, t) => s + t.weight * t.idf, 0) || 1;
  const acc = new Map<number, Scored>();
  for (const t of terms) {
    // Per document, the best alternative of this word counts (a word and its synonym are not two matches).
    const best = new Map<number, { value: number; quality: number; fieldWeight: number; term: string }>();
    for (const alt of t.alts) {
      const termIdf = t.idf || idf(alt.term);
      for (const p of postings.get(alt.term) ?? []) {
        const value = t.weight * alt.weight * termIdf * p.weight;
        const prev = best.get(p.doc);
        if (!prev || value > prev.value) best.set(p.doc, { value, quality: alt.weight, fieldWeight: p.weight, term: alt.term });
      }
    }
    for (const [doc, b] of best) {
      let s = acc.get(doc);
      if (!s) acc.set(doc, (s = { index: doc, score: 0, coverage: 0, local: 0, matched: new Set() }));
      s.score += b.value;
      s.matched.add(b.term);
      if (t.term.startsWith("zh:")) continue;
      const share = (t.weight * b.quality * t.idf) / total;
      s.coverage += share;
      if (b.fieldWeight >= LOCAL_FIELD_WEIGHT) s.local += share;
    }
  }
  return [...acc.values()];
}

/** Share of an entry's own description (label, or one alias nearly whole) that the question matched. */
export function precision(index: SearchIndex, entryIndex: number, matched: Set<string>): number {
  const fields = index.entryFields[entryIndex]!;
  const frac = (terms: string[]) => {
    const all = terms.reduce((s, t) => s + index.idf(t), 0);
    return all === 0 ? 0 : terms.filter((t) => matched.has(t)).reduce((s, t) => s + index.idf(t), 0) / all;
  };
  const label = frac(fields.label);
  const alias = Math.max(0, ...fields.aliases.map(frac));
  return Math.max(label, alias >= ALIAS_PRECISION ? alias : 0);
}
const ALIAS_PRECISION = 0.8;
// Below this the question shares nothing substantial with what the entry says it measures.
export const MIN_PRECISION = 0.2;

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

// Targets ("expected to train 200,000") answer questions about plans; results answer the rest.
const PLAN_WORDS = /\b(expected|target|targets|planned|plan to|scheduled|goal|annual plan|aimed)\b/i;
const isPlan = (e: Entry) => PLAN_WORDS.test(e.context) || PLAN_WORDS.test(e.label);

// A question that does not mention a plan wants the result; one that does may want either
// (the parts of a planned total are planned too), so only the first case is penalised.
export function planFactor(q: Question, e: Entry): number {
  return isPlan(e) && !PLAN_WORDS.test(q.english) ? 0.6 : 1;
}

export function inScope(q: Question, e: Entry): boolean {
  if (q.years.length > 0 && (e.year === null || !q.years.includes(e.year))) return false;
  if (q.regions.length > 0 && !q.regions.includes(e.region)) return false;
  return true;
}

export type RankedEntry = Scored & { entry: Entry; rank: number; precision: number };

export function rankEntries(q: Question, index: SearchIndex, terms = queryTerms(q, index), filter?: (e: Entry) => boolean): RankedEntry[] {
  return scoreDocs(terms, index.entryPostings, index.idf)
    .map((s) => ({ ...s, entry: index.kb.entries[s.index]! }))
    .filter((s) => inScope(q, s.entry) && (!filter || filter(s.entry)))
    .map((s) => ({ ...s, precision: precision(index, s.index, s.matched) }))
    .map((s) => ({ ...s, rank: s.score * fitFactor(q, s.entry) * planFactor(q, s.entry) * (0.7 + 0.6 * s.precision) }))
    .sort((a, b) => b.rank - a.rank);
}

export function rankSentences(q: Question, index: SearchIndex, terms = queryTerms(q, index)) {
  return scoreDocs(terms, index.sentencePostings, index.idf)
    .map((s) => ({ ...s, ...index.sentences[s.index]! }))
    .filter((s) => q.regions.length === 0 || index.kb.sections.some((sec) => sec.title === s.section && q.regions.includes(sec.region)))
    .map((s) => ({ ...s, rank: s.score * (0.5 + s.coverage) * (q.years.some((y) => s.sentence.includes(String(y))) ? 1.2 : 1) }))
    .sort((a, b) => b.rank - a.rank);
}
