// "How many households benefited from the 31 irrigation projects?" of a report that writes "31
// irrigation projects" in one sentence and "benefited 5,000 households" of the small loans in
// another: the question quotes a phrase of another sentence than the figure's (a figure it states,
// a title, a verb with its object: "audit and inspection", "village affairs disclosure"), two or
// more words of which the figure lacks everywhere the search looks. It is that sentence's thing the
// question asks about, and the figure, which shares the question's other words, is not of it. A word
// the figure's own section writes outside quoted titles ("the Asian Development Bank" named once at
// its start) is the section's subject, which its later sentences need not repeat: no other thing.
import { STOPWORDS, stem } from "../text/words.js";
import { MONEY_WORDS, type QueryTerm, type RankedEntry, type Scoring } from "./rank.js";
import { FIGURE_NOUN } from "./unmatched-thing.js";
import type { SearchIndex } from "./search-index.js";
import { getOrInsertComputed } from "../util/maps.js";
import { BoundedWeakMemo } from "../util/bounded-memo.js";
import type { Question } from "./understand.js";
import type { KnowledgeBase } from "../knowledge/load.js";

type Report = KnowledgeBase["reports"][number];

// Two words the figure lacks, written together elsewhere, name another thing; one may be chance.
const MIN_WORDS_ELSEWHERE = 2;

// Words for the kind of figure asked ("how much money", "what were they worth"), not for a thing.
export const isMeasureWord = (w: string) => FIGURE_NOUN.test(w) || MONEY_WORDS.has(w) || w === "worth";

type Token = { word: string; stem: string; quoted: boolean };

const WORD = /[A-Za-z][A-Za-z0-9]*|\d+(?:[.,]\d+)*/g;
const QUOTE = /["“”]/;

/** A text's content words in order, stemmed, each with whether it stands inside quotes. */
export function contentTokens(text: string): Token[] {
  const out: Token[] = [];
  let quoted = false;
  let last = 0;
  for (const m of text.normalize("NFKC").replace(/[’‘]/g, "'").matchAll(WORD)) {
    for (const ch of text.slice(last, m.index)) if (QUOTE.test(ch)) quoted = !quoted;
    last = m.index + m[0].length;
    const w = m[0].toLowerCase();
    if (STOPWORDS.has(w) || w.length < 2) continue;
    out.push({ word: w, stem: stem(w), quoted });
  }
  return out;
}

// A word written in at most this many sentences of a report names one thing of it; a word of many
// ("poor", "invested") is the report's everyday talk.
const MAX_SENTENCES_OF_RARE_WORD = 2;

type Written = { sentence: string; tokens: Token[] };
type ReportWords = {
  written: Written[];
  /** How many sentences write each stem. */
  sentencesWith: Map<string, number>;
  /** How many sections (by title) the report has: a quoted title's words are uncommon below its average. */
  sectionCount: number;
};

// Each report's sentences as their content words, made once per report, for the few reports the
// latest questions that got this far touched: a store of 100,000 figures has hundreds of reports,
// and every sentence of each as token objects costs more memory than the figures themselves.
const REPORTS_HELD = 8;
const wordsByReport = new BoundedWeakMemo<object, ReportWords>(REPORTS_HELD);
function wordsOf(r: Report): ReportWords {
  return getOrInsertComputed(wordsByReport, r, () => {
    const written = r.sections.flatMap((s) =>
      s.sentences.map((sentence) => ({ sentence, tokens: contentTokens(sentence) })),
    );
    const sentencesWith = new Map<string, number>();
    for (const w of written)
      for (const t of new Set(w.tokens.map((t) => t.stem)))
        sentencesWith.set(t, (sentencesWith.get(t) ?? 0) + 1);
    return { written, sentencesWith, sectionCount: new Set(r.sections.map((s) => s.title)).size };
  });
}

/** A section's words outside quoted titles, and its title's: what its figures are about. */
function sectionContext(r: Report, title: string): Set<string> {
  const context = new Set<string>();
  for (const s of r.sections) {
    if (s.title !== title) continue;
    for (const t of contentTokens(s.title)) context.add(t.stem);
    for (const sentence of s.sentences)
      for (const t of contentTokens(sentence)) if (!t.quoted) context.add(t.stem);
  }
  return context;
}

// Words this near in the question and in the other sentence (content words apart) are one phrase
// of each: "the 31 irrigation projects" and "31 projects of irrigation".
export const PHRASE_SPAN = 3;

/**
 * Whether two words of the question the figure lacks, near each other, are written near each other
 * in `tokens`, one of them a word of few sentences or both in a quoted title (which names one thing).
 */
function pairWrittenNear(
  asked: readonly { stems: Set<string>; missing: boolean }[],
  tokens: readonly Token[],
  rare: (stem: string) => boolean,
  uncommon: (stem: string) => boolean,
): boolean {
  const at = (w: { stems: Set<string> }) => tokens.flatMap((t, j) => (w.stems.has(t.stem) ? [j] : []));
  const found = asked.map((w) => (w.missing ? at(w) : []));
  const named = (i: number, j: number) =>
    (tokens[i]!.quoted && tokens[j]!.quoted && (uncommon(tokens[i]!.stem) || uncommon(tokens[j]!.stem))) ||
    rare(tokens[i]!.stem) ||
    rare(tokens[j]!.stem);
  for (let a = 0; a < asked.length; a++)
    for (let b = a + 1; b < asked.length && b - a <= PHRASE_SPAN; b++)
      for (const i of found[a]!)
        for (const j of found[b]!) if (i !== j && Math.abs(i - j) <= PHRASE_SPAN && named(i, j)) return true;
  return false;
}

export const altsOf = (t: QueryTerm) => [
  t.term,
  ...t.alts.filter((a) => !a.near && !a.related).map((a) => a.term),
];

/**
 * Each question word with the stems the search took for it (its synonyms), and whether `top` leaves
 * it unmatched though the search had it: not a measure word, and none of its stems `known` (written
 * by the figure's section, say). `termStems` gives the stems a word may be indexed under.
 */
export function askedWords(
  words: readonly { word: string; stem: string }[],
  scoring: Scoring,
  top: RankedEntry,
  known: (stem: string) => boolean,
  termStems: (w: { word: string; stem: string }) => string[] = (w) => [w.stem],
): { stems: Set<string>; missing: boolean }[] {
  const mask = scoring.mask[top.slot] ?? 0;
  const byStem = new Map(scoring.terms.map((t, i) => [t.term, { alts: altsOf(t), at: i }]));
  return words.map((w) => {
    const t = termStems(w)
      .map((x) => byStem.get(x))
      .find((x) => x !== undefined);
    const stems = new Set(t ? t.alts : [w.stem]);
    const missing = !!t && (mask & (1 << t.at)) === 0 && !isMeasureWord(w.word) && ![...stems].some(known);
    return { stems, missing };
  });
}

/**
 * Whether the question writes, in its words or synonyms the search took, two words near each other
 * that another sentence of the figure's report writes near each other, which the figure leaves
 * unmatched everywhere the search looks and its section never writes (but in a quoted title).
 */
export function namesAnotherSentence(
  q: Question,
  index: SearchIndex,
  scoring: Scoring,
  top: RankedEntry,
): boolean {
  // A Chinese question's gloss has words of every sense, in no order of the question's: English only.
  if (q.language !== "en") return false;
  const r = index.reportsById.get(top.entry.report);
  if (!r) return false;
  // The figure's own section first: most questions leave fewer than two words unmatched, and end here.
  const context = sectionContext(r, top.entry.section);
  const asked = askedWords(contentTokens(q.english), scoring, top, (s) => context.has(s));
  if (asked.filter((w) => w.missing).length < MIN_WORDS_ELSEWHERE) return false;
  const report = wordsOf(r);
  const rare = (s: string) => (report.sentencesWith.get(s) ?? 0) <= MAX_SENTENCES_OF_RARE_WORD;
  // A quoted title names one thing, but not by its words that run through the whole report
  // ("poverty alleviation"): written in more sentences than a section of the report holds on average.
  const perSection = report.written.length / Math.max(1, report.sectionCount);
  const uncommon = (s: string) => (report.sentencesWith.get(s) ?? 0) <= perSection;
  return report.written.some(
    (w) => w.sentence !== top.entry.sentence && pairWrittenNear(asked, w.tokens, rare, uncommon),
  );
}
