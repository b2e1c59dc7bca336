// The search structures, built once per knowledge version: an inverted index from word stems to
// entries and sentences (typed arrays, so 100,000 entries stay compact), idf weights, per-entry
// facts the ranking reads in its inner loop, and a vocabulary for correcting misspelt words:
// trigrams pick a few candidate words, fuse.js judges them (never a fuzzy scan of every entry).
import { writtenAt } from "../knowledge/written-at.js";
import { sectionKey } from "../knowledge/section-key.js";
import { referentKey, referentsOf } from "./referents.js";
import { auditKnowledge, type AuditCheck } from "../knowledge/audit.js";
import type { KnowledgeBase } from "../knowledge/load.js";
import type { Entry, Group, Section } from "../knowledge/schema.js";
import { createScratch, type Scratch } from "./scratch.js";
import { corrector } from "./corrector.js";
import { countUnitIn } from "../knowledge/units.js";
import { STOPWORDS, editDistance, hasHan, stem, words } from "../text/words.js";
import { BoundedMemo } from "../util/bounded-memo.js";
import { getOrInsertComputed } from "../util/maps.js";

/** How much a word counts depending on where in an entry it appears. */
export const FIELD_WEIGHTS = {
  label: 3,
  alias: 2.5,
  context: 2,
  unit: 1.5,
  section: 1.2,
  sentence: 0.8,
} as const;
/**
 * All posting lists in three shared arrays: term t's documents are docs[starts[i]..starts[i+1]) with
 * i = terms.get(t), and `fields` says which field each posting is in, as an index into
 * FIELD_WEIGHT_BY_CODE (one byte per posting). No object per term: 100,000 entries stay compact.
 */
export type Postings = {
  terms: Map<string, number>;
  starts: Int32Array;
  docs: Int32Array;
  fields: Uint8Array;
};

/** [from, to) positions of a term's postings, or undefined. */
/** First position in docs[lo..hi) (sorted) at or after `doc`. */
export function lowerBound(docs: Int32Array, doc: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (docs[mid]! < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many of a term's postings fall on documents from..to (exclusive). */
function postingsWithin(p: Postings, term: string, from: number, to: number): number {
  const i = p.terms.get(term);
  if (i === undefined) return 0;
  const first = p.starts[i]!;
  const last = p.starts[i + 1]!;
  return lowerBound(p.docs, to, first, last) - lowerBound(p.docs, from, first, last);
}

export function postingsOf(p: Postings, term: string): [number, number] | undefined {
  const i = p.terms.get(term);
  return i === undefined ? undefined : [p.starts[i]!, p.starts[i + 1]!];
}
/** Sentence documents use weight 1 for their own words; code 6. */
export const FIELD_WEIGHT_BY_CODE = Float64Array.from([
  FIELD_WEIGHTS.label,
  FIELD_WEIGHTS.alias,
  FIELD_WEIGHTS.context,
  FIELD_WEIGHTS.unit,
  FIELD_WEIGHTS.section,
  FIELD_WEIGHTS.sentence,
  1,
]);
const codeOf = (weight: number) => {
  const code = FIELD_WEIGHT_BY_CODE.indexOf(weight);
  if (code < 0) throw new Error(`no field code for weight ${weight}`);
  return code;
};

// Targets ("expected to train 200,000", "planning to build 300 more by 2020", "According to the plan, N villages were to …", "The plan
// for 2013 was to relocate N households": a plan that is the clause's subject, not a programme's name
// like "the Rain Plan was") answer
// questions about plans; results answer the rest.
export const PLAN_WORDS =
  /\b(expected|target|targets|planned|(?:plans?|planning) to|scheduled|goal|annual plan|aimed|(?:annual|yearly|planned) tasks?|quotas?|according to (?:the|its) plans?|(?:the|its|their) plans? (?:for (?:(?:19|20)\d\d|the year|this year) )?(?:was|were|is))\b/i;

/** "entire village advancement to be finished in all N villages": a task still to be done (a plan
 * stated as its clause's subject, "The plan for 2013 was …", is one of PLAN_WORDS). */
const TASK_TO_DO = /\bto be \w+(?:ed|en)\b/;

/**
 * A target rather than a result: its label, or its clause's words before it, speak of a plan
 * ("expected to train 200,000", "The annual task of the Rain Plan for 2013 was to train 20,000").
 * The words before it back to the figure or the "and" before it, not the whole sentence:
 * "planned to launch 48 projects and invested a total of 2.264066 billion" reports what was invested.
 */
export function isPlanned(e: Entry): boolean {
  const at = writtenAt(e.sentence, e.written);
  const before = at > 0 ? (e.sentence.slice(0, at).split(SINCE_FIGURE_OR_AND).at(-1) ?? "") : "";
  return PLAN_WORDS.test(e.label) || PLAN_WORDS.test(before) || TASK_TO_DO.test(before);
}
// A number that is not a year, a semicolon or "and": where the words about the next figure begin.
const SINCE_FIGURE_OR_AND = /(?<![\d.])(?!(?:19|20)\d\d(?![\d,.]*\d))\d[\d,.]*|;|\band\b/;

export type SentenceRef = { report: string; section: string; sentence: string; region: string };

/** Everything the index is made of that can be saved and loaded again without re-tokenising. */
export type IndexData = {
  entryPostings: Postings;
  sentencePostings: Postings;
  sentences: SentenceRef[];
  /** Surface word -> its stem, for every word the vocabulary knows. */
  vocabulary: Map<string, string>;
  /** Per-entry facts a saved index carries (snapshot.ts), so they are not worked out again. */
  entryIsPlan?: Uint8Array;
  entryUnit?: (string | undefined)[];
};

export type SearchIndex = IndexData & {
  kb: KnowledgeBase;
  entryIsPlan: Uint8Array;
  /** Each count entry's unit in canonical form ("residents" -> "people"), for the unit fit. */
  entryUnit: (string | undefined)[];
  /** Regions and years that have entries: a question about others is out of scope. */
  regions: Set<string>;
  years: Set<number>;
  /** Each report's entries and sentences as [start, end) positions; undefined if not contiguous. */
  reportSpans: Map<string, { entries: [number, number]; sentences: [number, number] }> | undefined;
  reportsByRegion: Map<string, Set<string>>;
  reportsByYear: Map<number, Set<string>>;
  reportsById: Map<string, KnowledgeBase["reports"][number]>;
  /** Reports a moderator annotated: their figures or sections carry aliases, which only annotations give. */
  curatedReports: Set<string>;
  /** Working arrays for scoring, reused by every question (see rank.ts). */
  entryScratch: Scratch;
  sentenceScratch: Scratch;
  /** Groups by the entry that is their total, and by each of their parts. */
  groupsByTotal: Map<string, KnowledgeBase["groups"]>;
  groupsByPart: Map<string, KnowledgeBase["groups"]>;
  /** The audit's parts-versus-total check of each group, by group id (answers citing a total quote it). */
  sumChecks: { get(group: string): AuditCheck | undefined };
  idf: (term: string) => number;
  /**
   * A word's idf within one report (undefined: across all). A figure's words are weighed against its
   * own report, so adding a report never changes how another report's figures rank.
   */
  idfIn: (term: string, report: string | undefined) => number;
  maxIdf: number;
  hasTerm: (term: string) => boolean;
  /** What a question word is in the index: an indexed stem (or a misspelling of one), filler, or nothing. */
  resolve: (surface: string, stemmed: string) => Resolved | undefined;
  /** Indexed stems of the same word family: one begins with the other ("provinc" / "provinci"). */
  family: (term: string) => string[];
  /** Whether two indexed terms describe at least one entry together (its label, clause, sentence or section). */
  cooccur: (a: string, b: string) => boolean;
};

/**
 * A question word the index can place: `term` is the indexed stem it is (or is a misspelling of),
 * `quality` how sure that is (1: as written). `filler`: a misspelt stopword ("acutally"), which
 * names no topic, so the caller drops it instead of searching for it.
 */
export type Resolved = { kind: "term"; term: string; quality: number } | { kind: "filler" };

// Both posting lists are sorted by entry: one merge walk, stopping at the first shared entry.
function cooccurIn(p: Postings): (a: string, b: string) => boolean {
  return (a, b) => {
    const ra = postingsOf(p, a);
    const rb = postingsOf(p, b);
    if (!ra || !rb) return false;
    let i = ra[0];
    let j = rb[0];
    while (i < ra[1] && j < rb[1]) {
      const x = p.docs[i]!;
      const y = p.docs[j]!;
      if (x === y) return true;
      if (x < y) i++;
      else j++;
    }
    return false;
  };
}

// The idf and family memos are keyed by question words, which never run out on a long-running bot:
// bounded (bounded-memo.ts) at many times the words a day of questions uses.
const QUESTION_TERMS_KEPT = 50_000;

/** Shortest stem whose longer forms count as one family (shorter stems would join unrelated words). */
const FAMILY_MIN_STEM = 5;
/** At most this many letters may follow the shorter stem ("nation" → "nation-al", not "nation-alization"). */
const FAMILY_MAX_SUFFIX = 4;

// Derivational forms the stemmer keeps apart ("province"/"provincial", "industry"/"industrial"):
// indexed stems sorted once, so a family is a binary search for the stem's prefix range.
function familyOf(terms: Iterable<string>): (term: string) => string[] {
  const sorted = [...terms].filter((t) => /^[a-z]/.test(t) && t.length >= FAMILY_MIN_STEM).sort();
  const cache = new BoundedMemo<string, string[]>(QUESTION_TERMS_KEPT);
  const lowerBound = (key: string) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return (term) => {
    let found = cache.get(term);
    if (found) return found;
    found = [];
    if (term.length >= FAMILY_MIN_STEM && /^[a-z]+$/.test(term)) {
      for (let i = lowerBound(term); i < sorted.length && sorted[i]!.startsWith(term); i++) {
        if (
          sorted[i] !== term &&
          sorted[i]!.length - term.length <= FAMILY_MAX_SUFFIX &&
          /^[a-z]+$/.test(sorted[i]!)
        )
          found.push(sorted[i]!);
      }
      for (
        let cut = term.length - 1;
        cut >= FAMILY_MIN_STEM && term.length - cut <= FAMILY_MAX_SUFFIX;
        cut--
      ) {
        const base = term.slice(0, cut);
        const at = lowerBound(base);
        if (sorted[at] === base) found.push(base);
      }
    }
    cache.set(term, found);
    return found;
  };
}

export function buildSearchIndex(kb: KnowledgeBase, data: IndexData = buildIndexData(kb)): SearchIndex {
  const { entryPostings, sentencePostings, vocabulary } = data;
  const n = kb.entries.length + data.sentences.length;
  const maxIdf = Math.log(1 + n / 0.5);
  const idfCache = new BoundedMemo<string, number>(QUESTION_TERMS_KEPT);
  const idf = (t: string) => {
    return getOrInsertComputed(idfCache, t, () => {
      const df = (p: Postings) => {
        const r = postingsOf(p, t);
        return r ? r[1] - r[0] : 0;
      };
      const d = df(entryPostings) + df(sentencePostings);
      return d === 0 ? maxIdf : Math.log(1 + n / d);
    });
  };
  const hasTerm = (t: string) => entryPostings.terms.has(t) || sentencePostings.terms.has(t);
  const entryIsPlan = data.entryIsPlan ?? Uint8Array.from(kb.entries, (e) => (isPlanned(e) ? 1 : 0));
  const entryUnit = data.entryUnit ?? entryUnits(kb.entries);
  // One pass, in entry order (the sets' order is the order of first appearance). A report's
  // entries are consecutive and mostly share a region and year: a repeated pair adds nothing.
  const regions = new Set<string>();
  const years = new Set<number>();
  const reportsByRegion = new Map<string, Set<string>>();
  const reportsByYear = new Map<number, Set<string>>();
  let last: Entry | undefined;
  for (const e of kb.entries) {
    if (last && e.report === last.report && e.region === last.region && e.year === last.year) continue;
    last = e;
    regions.add(e.region);
    addTo(reportsByRegion, e.region, e.report);
    if (e.year === null) continue;
    years.add(e.year);
    addTo(reportsByYear, e.year, e.report);
  }
  const reportsById = new Map(kb.reports.map((r) => [r.meta.id, r]));
  const curatedReports = new Set(
    kb.reports
      .filter(
        (r) => r.entries.some((e) => e.aliases.length > 0) || r.sections.some((s) => s.aliases.length > 0),
      )
      .map((r) => r.meta.id),
  );
  const groupsByTotal = new Map<string, KnowledgeBase["groups"]>();
  const groupsByPart = new Map<string, KnowledgeBase["groups"]>();
  // Most figures belong to one group: its parts share that group's one list instead of a copy each
  // (tens of thousands of arrays at 100,000 entries). Nothing mutates these lists.
  const alone = new Map<KnowledgeBase["groups"][number], KnowledgeBase["groups"]>();
  const addGroup = (
    map: Map<string, KnowledgeBase["groups"]>,
    id: string,
    g: KnowledgeBase["groups"][number],
  ) => {
    const had = map.get(id);
    map.set(id, had ? [...had, g] : getOrInsertComputed(alone, g, () => [g]));
  };
  for (const g of kb.groups) {
    addGroup(groupsByTotal, g.total, g);
    for (const p of g.parts) addGroup(groupsByPart, p, g);
  }
  const sumChecks = lazySumChecks(kb, groupsByTotal);
  const reportSpans = spans(
    kb.entries.map((e) => e.report),
    data.sentences.map((r) => r.report),
  );
  // Called for every word of every candidate's label and aliases (rank.ts describedBy): no
  // closure or pair is made per call, which at 100,000 entries was most of what a question allocated.
  const idfIn = (t: string, report: string | undefined) => {
    const span = report === undefined || reportsById.size < 2 ? undefined : reportSpans?.get(report);
    if (!span) return idf(t);
    const size = span.entries[1] - span.entries[0] + span.sentences[1] - span.sentences[0];
    const d =
      postingsWithin(entryPostings, t, span.entries[0], span.entries[1]) +
      postingsWithin(sentencePostings, t, span.sentences[0], span.sentences[1]);
    return Math.log(1 + size / (d === 0 ? 0.5 : d));
  };
  return {
    ...data,
    kb,
    entryIsPlan,
    entryUnit,
    regions,
    years,
    reportSpans,
    reportsByRegion,
    reportsByYear,
    reportsById,
    curatedReports,
    groupsByTotal,
    groupsByPart,
    sumChecks,
    idf,
    idfIn,
    entryScratch: createScratch(kb.entries.length),
    sentenceScratch: createScratch(data.sentences.length),
    maxIdf,
    hasTerm,
    resolve: corrector(vocabulary, hasTerm),
    family: familyOf(entryPostings.terms.keys()),
    cooccur: cooccurIn(entryPostings),
  };
}

/** Each count entry's unit in canonical form ("residents" -> "people"); undefined for other kinds. */
export function entryUnits(entries: Entry[]): (string | undefined)[] {
  const units = new Map<string, string | undefined>();
  return entries.map((e) => {
    if (e.kind !== "count") return undefined;
    if (!units.has(e.unit)) units.set(e.unit, countUnitIn(e.unit) ?? e.unit);
    return units.get(e.unit);
  });
}

/**
 * The audit's sum check of a group, worked out when an answer first asks for it: answers cite a
 * few totals, and auditing every group at start-up took ~0.1 s at 100,000 entries. The same
 * checks as auditKnowledge's: each group is checked at its level of the tree (partsLevels), the
 * parts that are sub-totals of another group's parts counted once; of groups sharing an id, the
 * last one's check.
 */
function lazySumChecks(
  kb: KnowledgeBase,
  groupsByTotal: Map<string, KnowledgeBase["groups"]>,
): SearchIndex["sumChecks"] {
  let byId: Map<string, KnowledgeBase["groups"]> | undefined;
  const checks = new Map<string, AuditCheck | undefined>();
  const levelOf = (g: Group): Group => {
    if (g.type !== "parts") return g;
    const nested = new Set<string>();
    for (const part of g.parts)
      for (const sub of groupsByTotal.get(part) ?? [])
        if (sub.type === "parts") for (const x of sub.parts) nested.add(x);
    const direct = g.parts.filter((id) => !nested.has(id));
    return direct.length !== g.parts.length && direct.length > 0 ? { ...g, parts: direct } : g;
  };
  return {
    get: (group) =>
      getOrInsertComputed(checks, group, () => {
        byId ??= kb.groups.reduce(
          (m, g) => m.set(g.id, [...(m.get(g.id) ?? []), g]),
          new Map<string, Group[]>(),
        );
        return (byId.get(group) ?? [])
          .flatMap((g) => auditKnowledge({ ...kb, groups: [levelOf(g)] }))
          .filter((c) => c.kind === "sum")
          .at(-1);
      }),
  };
}

function addTo<K>(map: Map<K, Set<string>>, key: K, value: string) {
  getOrInsertComputed(map, key, () => new Set()).add(value);
}

// Entries and sentences are laid out report by report; a question scoped to a region and year then
// reads only those reports' stretch of every posting list.
function spans(entryReports: string[], sentenceReports: string[]) {
  const out = new Map<string, { entries: [number, number]; sentences: [number, number] }>();
  const runs = (reports: string[]) => {
    const r = new Map<string, [number, number]>();
    for (let i = 0; i < reports.length; i++) {
      const id = reports[i]!;
      const run = r.get(id);
      if (!run) r.set(id, [i, i + 1]);
      else if (run[1] === i) run[1] = i + 1;
      else return undefined;
    }
    return r;
  };
  const e = runs(entryReports);
  const s = runs(sentenceReports);
  if (!e || !s) return undefined;
  for (const id of new Set([...e.keys(), ...s.keys()]))
    out.set(id, { entries: e.get(id) ?? [0, 0], sentences: s.get(id) ?? [0, 0] });
  return out;
}

export function buildIndexData(kb: KnowledgeBase): IndexData {
  const headings = new Map(
    kb.sections.map((s) => [
      sectionKey(s.report, s.title),
      [s.title, ...s.aliases, s.titleZh ?? ""].join(" "),
    ]),
  );
  const termsCache = new Map<string, string[]>();
  const cachedTerms = (text: string) => {
    return getOrInsertComputed(termsCache, text, termsOf);
  };

  const referents = referentsOf(kb.sections);
  const entryLists = new Map<string, { docs: number[]; weights: number[] }>();
  kb.entries.forEach((e, i) => {
    const doc = new Map<string, number>();
    const add = (terms: string[], weight: number) => {
      for (const t of terms) if ((doc.get(t) ?? 0) < weight) doc.set(t, weight);
    };
    add(cachedTerms(e.sentence), FIELD_WEIGHTS.sentence);
    const referent = referents.get(referentKey(e.report, e.section, e.sentence));
    if (referent) add(cachedTerms(referent), FIELD_WEIGHTS.sentence);
    add(cachedTerms(headings.get(sectionKey(e.report, e.section)) ?? e.section), FIELD_WEIGHTS.section);
    add(cachedTerms(e.kind === "date" ? "date day when" : e.unit), FIELD_WEIGHTS.unit);
    add(termsOf(e.context), FIELD_WEIGHTS.context);
    for (const a of e.aliases) add(termsOf(a), FIELD_WEIGHTS.alias);
    add(termsOf(e.label), FIELD_WEIGHTS.label);
    pushDoc(entryLists, doc, i);
  });

  const sentences: SentenceRef[] = [];
  const sentenceLists = new Map<string, { docs: number[]; weights: number[] }>();
  for (const s of kb.sections) {
    const heading = cachedTerms(headings.get(sectionKey(s.report, s.title)) ?? s.title);
    for (const sentence of s.sentences) {
      const doc = new Map<string, number>();
      for (const t of heading) doc.set(t, FIELD_WEIGHTS.section);
      for (const t of cachedTerms(sentence)) doc.set(t, Math.max(doc.get(t) ?? 0, 1));
      pushDoc(sentenceLists, doc, sentences.length);
      sentences.push({ report: s.report, section: s.title, sentence, region: s.region });
    }
  }

  // Surface words (not stems) are what users misspell; each maps to the stem it indexes under.
  const vocabulary = new Map<string, string>();
  const addWords = (text: string) => {
    for (const w of words(text)) if (!vocabulary.has(w)) vocabulary.set(w, stem(w));
  };
  for (const text of termsCache.keys()) addWords(text);
  for (const e of kb.entries) addWords(`${e.label} ${e.aliases.join(" ")}`);
  for (const s of kb.sections) addWords(`${s.title} ${s.aliases.join(" ")}`);

  return {
    entryPostings: freeze(entryLists),
    sentencePostings: freeze(sentenceLists),
    sentences,
    vocabulary,
  };
}

function pushDoc(
  lists: Map<string, { docs: number[]; weights: number[] }>,
  doc: Map<string, number>,
  id: number,
) {
  for (const [t, w] of doc) {
    const l = getOrInsertComputed(lists, t, () => ({ docs: [] as number[], weights: [] as number[] }));
    l.docs.push(id);
    l.weights.push(w);
  }
}

function freeze(lists: Map<string, { docs: number[]; weights: number[] }>): Postings {
  const terms = new Map<string, number>();
  const starts = new Int32Array(lists.size + 1);
  let total = 0;
  for (const l of lists.values()) total += l.docs.length;
  const docs = new Int32Array(total);
  const fields = new Uint8Array(total);
  let at = 0;
  for (const [t, l] of lists) {
    starts[terms.size] = at;
    terms.set(t, terms.size);
    docs.set(l.docs, at);
    fields.set(l.weights.map(codeOf), at);
    at += l.docs.length;
  }
  starts[terms.size] = at;
  return { terms, starts, docs, fields };
}

/** Stems of the content words, plus character bigrams of any Chinese (matched against Chinese aliases). */
// Content words' stems (contentWords) then Chinese character pairs, each once, in order of first
// appearance. Read straight into the set: every index build reads thousands of texts this way.
export function termsOf(text: string): string[] {
  const terms = new Set<string>();
  for (const w of words(text)) if (!STOPWORDS.has(w) && w.length > 1) terms.add(stem(w));
  if (hasHan(text)) for (const pair of hanBigrams(text)) terms.add(pair);
  return [...terms];
}

export function hanBigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) out.push(`zh:${chars[i]}${chars[i + 1]}`);
  }
  return out;
}

export { editDistance };
export type { Entry };

/**
 * The positions [start, end) of the entries of the section that holds the entry at `at`: a
 * section's entries are consecutive, so walking out from one finds them all.
 */
export function sectionSpan(index: SearchIndex, at: number): [number, number] {
  const { entries } = index.kb;
  const e = entries[at]!;
  const sameSection = (i: number) => entries[i]?.report === e.report && entries[i]?.section === e.section;
  let start = at;
  while (sameSection(start - 1)) start--;
  let end = at + 1;
  while (sameSection(end)) end++;
  return [start, end];
}

const sectionsByKey = new WeakMap<SearchIndex, Map<string, Section>>();
/** The section of `report` titled `title`: looked up, not searched, so a walk over entries stays linear. */
export function sectionOf(index: SearchIndex, report: string, title: string): Section | undefined {
  return getOrInsertComputed(
    sectionsByKey,
    index,
    () => new Map(index.kb.sections.map((x) => [sectionKey(x.report, x.title), x])),
  ).get(sectionKey(report, title));
}
