// The search structures, built once per knowledge version: an inverted index from word stems
// to entries and sentences, idf weights, and a fuse.js index over the distinct words so that a
// misspelt question word is corrected against the vocabulary (never a fuzzy scan of every entry).
import Fuse from "fuse.js";
import type { KnowledgeBase } from "../knowledge/load.js";
import type { Entry } from "../knowledge/schema.js";
import { contentWords, hasHan, stem, words } from "./text.js";

/** How much a word counts depending on where in an entry it appears. */
export const FIELD_WEIGHTS = { label: 3, alias: 2.5, context: 2, unit: 1.5, section: 1.2, sentence: 0.8 } as const;
const FUZZY_MIN_LENGTH = 4;
const FUZZY_THRESHOLD = 0.34;

export type Posting = { doc: number; weight: number };
export type Doc = Map<string, number>;

export type SearchIndex = {
  kb: KnowledgeBase;
  entryDocs: Doc[];
  /** Each entry's label terms and each alias's terms, for precision. */
  entryFields: { label: string[]; aliases: string[][] }[];
  sentences: { report: string; section: string; sentence: string; entries: number[] }[];
  sentenceDocs: Doc[];
  entryPostings: Map<string, Posting[]>;
  sentencePostings: Map<string, Posting[]>;
  idf: (term: string) => number;
  maxIdf: number;
  /** Maps a question word to an indexed stem and how sure the match is (1 exact). */
  resolve: (surface: string, stemmed: string) => { term: string; quality: number } | undefined;
};

export function buildSearchIndex(kb: KnowledgeBase): SearchIndex {
  const sectionText = new Map(kb.sections.map((s) => [`${s.report}\u0000${s.title}`, [s.title, ...s.aliases, s.titleZh ?? ""].join(" ")]));
  const entryDocs = kb.entries.map((e) => entryDoc(e, sectionText.get(`${e.report}\u0000${e.section}`) ?? e.section));

  const sentences: SearchIndex["sentences"] = [];
  const sentenceDocs: Doc[] = [];
  const entriesBySentence = new Map<string, number[]>();
  kb.entries.forEach((e, i) => {
    const key = `${e.report}\u0000${e.section}\u0000${e.sentence}`;
    entriesBySentence.set(key, [...(entriesBySentence.get(key) ?? []), i]);
  });
  for (const s of kb.sections) {
    const heading = sectionText.get(`${s.report}\u0000${s.title}`) ?? s.title;
    for (const sentence of s.sentences) {
      const doc: Doc = new Map();
      addText(doc, heading, FIELD_WEIGHTS.section);
      addText(doc, sentence, 1);
      sentenceDocs.push(doc);
      const entries = entriesBySentence.get(`${s.report}\u0000${s.title}\u0000${sentence}`) ?? [];
      sentences.push({ report: s.report, section: s.title, sentence, entries });
    }
  }

  const entryPostings = postings(entryDocs);
  const sentencePostings = postings(sentenceDocs);
  const n = entryDocs.length + sentenceDocs.length;
  const df = (t: string) => (entryPostings.get(t)?.length ?? 0) + (sentencePostings.get(t)?.length ?? 0);
  const maxIdf = Math.log(1 + n / 0.5);
  const idfCache = new Map<string, number>();
  const idf = (t: string) => {
    let v = idfCache.get(t);
    if (v === undefined) {
      const d = df(t);
      v = d === 0 ? maxIdf : Math.log(1 + n / d);
      idfCache.set(t, v);
    }
    return v;
  };

  // Surface words (not stems) are what users misspell; each maps to the stem it indexes under.
  const surfaceToStem = new Map<string, string>();
  for (const e of kb.entries) for (const w of words(`${e.label} ${e.aliases.join(" ")} ${e.sentence} ${e.section}`)) surfaceToStem.set(w, stem(w));
  for (const s of kb.sections) for (const w of words(`${s.title} ${s.aliases.join(" ")}`)) surfaceToStem.set(w, stem(w));
  const fuzzyWords = [...surfaceToStem.keys()].filter((w) => w.length >= FUZZY_MIN_LENGTH && !/^\d/.test(w));
  const fuse = new Fuse(fuzzyWords, { includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true, minMatchCharLength: 3 });
  const corrections = new Map<string, { term: string; quality: number } | undefined>();

  const resolve = (surface: string, stemmed: string) => {
    if (entryPostings.has(stemmed) || sentencePostings.has(stemmed)) return { term: stemmed, quality: 1 };
    if (surface.length < FUZZY_MIN_LENGTH || /^\d/.test(surface) || hasHan(surface)) return undefined;
    if (corrections.has(surface)) return corrections.get(surface);
    const best = fuse.search(surface, { limit: 5 })
      .filter((r) => Math.abs(r.item.length - surface.length) <= 2 && r.item[0] === surface[0])
      .sort((a, b) => a.score! - b.score!)[0];
    const found = best ? { term: surfaceToStem.get(best.item)!, quality: Math.max(0.4, 1 - 1.5 * best.score!) } : undefined;
    corrections.set(surface, found);
    return found;
  };

  const entryFields = kb.entries.map((e) => ({ label: [...new Set(termsOf(e.label))], aliases: e.aliases.map((a) => [...new Set(termsOf(a))]) }));
  return { kb, entryDocs, entryFields, sentences, sentenceDocs, entryPostings, sentencePostings, idf, maxIdf, resolve };
}

function entryDoc(e: Entry, sectionHeading: string): Doc {
  const doc: Doc = new Map();
  addText(doc, e.sentence, FIELD_WEIGHTS.sentence);
  addText(doc, sectionHeading, FIELD_WEIGHTS.section);
  addText(doc, e.kind === "date" ? "date day when" : e.unit, FIELD_WEIGHTS.unit);
  addText(doc, e.context, FIELD_WEIGHTS.context);
  for (const a of e.aliases) addText(doc, a, FIELD_WEIGHTS.alias);
  addText(doc, e.label, FIELD_WEIGHTS.label);
  return doc;
}

/** Adds a text's terms at a weight, keeping each term's highest weight. */
export function addText(doc: Doc, text: string, weight: number): void {
  for (const t of termsOf(text)) if ((doc.get(t) ?? 0) < weight) doc.set(t, weight);
}

/** Stems of the content words, plus character bigrams of any Chinese (matched against Chinese aliases). */
export function termsOf(text: string): string[] {
  const terms = contentWords(text).map((w) => w.stem);
  if (hasHan(text)) terms.push(...hanBigrams(text));
  return terms;
}

export function hanBigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) out.push(`zh:${chars[i]}${chars[i + 1]}`);
  }
  return out;
}

function postings(docs: Doc[]): Map<string, Posting[]> {
  const map = new Map<string, Posting[]>();
  docs.forEach((doc, i) => {
    for (const [t, weight] of doc) {
      let list = map.get(t);
      if (!list) map.set(t, (list = []));
      list.push({ doc: i, weight });
    }
  });
  return map;
}
