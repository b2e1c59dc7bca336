// Sides of a comparison named by who acted ("who put in more: the units paired with villages or
// the organs doing fixed-point assistance?"). A report says who gave a figure before it, in the
// clause that holds it ("186 provincial organs … were paired with 300 poor villages …, and they
// invested 58.6 million Yuan"); the figure's label, read from the whole sentence, may name an actor
// of another clause. So each side is the figure whose own clause (back to its subject when it
// opens with a pronoun) holds the side's words.
import { isNumeric, type Entry, type NumericEntry } from "../knowledge/schema.js";
import { contentWords } from "../text/words.js";
import { FORM_WORDS } from "./forms.js";
import { MIN_COVERAGE, queryTerms, rankEntries, scoreEntries, type RankedEntry } from "./rank.js";
import type { SearchIndex } from "./search-index.js";
import type { Question } from "./understand.js";

// A side must find this share of its words (by weight) in the figure's own clause.
const MIN_ACTOR_MATCH = 0.6;
const CANDIDATES = 12;
// Where a clause starts: a sentence or list item ends (". ", "; ", "2. "), ", and" joins another, or
// a comma or "and" opens the next figure of a list ("…, 400 million Yuan was from B"), whose giver is
// named after it, not before.
const CLAUSE_START = /(?:[.;:]\s+|,\s+(?:and|while|but)\s+|(?:,|,?\s+and)\s+(?=\d)|\band\s+(?=they\b|it\b))/g;
// A comma (or ", and") and a name of capitalised words right before the figure (a currency word aside).
const GAPPED_GIVER = /,\s+(?:and\s+)?((?:[A-Z][\w'’-]*\s+)+)(?:RMB\s+|CNY\s+|US\$\s*|¥\s*)?$/;
const PRONOUN_LEAD = /^(?:they|it|these|those|which|who)\b/i;

/** The words before a figure in its clause, back to the clause's subject when it opens with a pronoun. */
export function actorClause(sentence: string, written: string): string {
  const at = sentence.indexOf(written);
  if (at < 0) return "";
  const before = sentence.slice(0, at);
  // The figure's first character is read too: a comma before it may open its list item.
  const starts = [
    0,
    ...[...sentence.slice(0, at + 1).matchAll(CLAUSE_START)].map((m) => m.index + m[0].length),
  ];
  // "A invested N in X, B M in Y": a gapped item's giver is the name right before its figure.
  const gapped = GAPPED_GIVER.exec(before);
  if (gapped) starts.push(gapped.index + gapped[0].length - gapped[1]!.length);
  let i = starts.length - 1;
  // "…, and they invested N": the subject is the clause before.
  while (i > 0 && PRONOUN_LEAD.test(before.slice(starts[i]!).trim())) i--;
  return before.slice(starts[i]!);
}

// Stems that name the same word family ("provinc" / "provinci").
export const sameFamily = (a: string, b: string) =>
  a === b || (a.length >= 5 && b.length >= 5 && (a.startsWith(b) || b.startsWith(a)));

/** A side's words that the reports use, stemmed. */
export const sideWords = (side: string, index: SearchIndex) => [
  ...new Set(
    contentWords(side)
      .filter((w) => w.stem.length > 2 && !FORM_WORDS.has(w.surface) && index.hasTerm(w.stem))
      .map((w) => w.stem),
  ),
];

/** The weighted share of a side's words (those the report uses) found in a text. */
export function match(side: string | string[], text: string, index: SearchIndex, report: string): number {
  const own = typeof side === "string" ? sideWords(side, index) : side;
  if (own.length === 0) return 0;
  const there = contentWords(text).map((w) => w.stem);
  let found = 0;
  let all = 0;
  for (const s of own) {
    const w = index.idfIn(s, report);
    all += w;
    if (there.some((t) => sameFamily(s, t))) found += w;
  }
  return all > 0 ? found / all : 0;
}

/**
 * The two figures whose own clauses name the sides' actors best, each at least MIN_ACTOR_MATCH,
 * among the figures the whole question matches; undefined when no such pair is there.
 */
export function actorSides(
  q: Question,
  index: SearchIndex,
  sides: { left: string; right: string },
  accept: (e: Entry) => boolean,
  fits: (a: Entry, b: Entry) => boolean,
): { left: RankedEntry; right: RankedEntry } | undefined {
  const ranked = rankEntries(
    q,
    index,
    scoreEntries(index, queryTerms(q, index), q),
    (e) => isNumeric(e) && accept(e),
  )
    .filter((r) => r.coverage >= MIN_COVERAGE && index.entryIsPlan[r.index] !== 1)
    .slice(0, CANDIDATES);
  const scored = ranked.map((r) => {
    const e = r.entry as NumericEntry;
    const clause = actorClause(e.sentence, e.written);
    return {
      r,
      left: match(sides.left, clause, index, e.report),
      right: match(sides.right, clause, index, e.report),
    };
  });
  let best: { left: RankedEntry; right: RankedEntry; score: number } | undefined;
  for (const l of scored)
    for (const r of scored) {
      if (l.r.entry.id === r.r.entry.id || l.left < MIN_ACTOR_MATCH || r.right < MIN_ACTOR_MATCH) continue;
      // Each side's figure names its own actor better than the other side's.
      if (l.left <= l.right || r.right <= r.left || !fits(l.r.entry, r.r.entry)) continue;
      const score = l.left + r.right;
      if (!best || score > best.score + 1e-9) best = { left: l.r, right: r.r, score };
    }
  return best && { left: best.left, right: best.right };
}

/** Whether a question names its sides by who acted: "who …", or a verb of giving ("did A put more into …"). */
export const ASKS_ACTORS = /^\s*who\b/;
