// A side whose own words no figure's sentence holds: the report names a programme once and gives
// its figures in the sentences after ("The World Bank-financed project was launched in six
// counties. The project covered 214 villages. … had put in 58.63 million Yuan of project funds").
// The figure of such a side is one whose sentence, with the sentences just before it in its
// section, names the side, while its own sentence does not name the other side.
import { isNumeric, type Entry, type NumericEntry } from "../knowledge/schema.js";
import { match } from "./actors.js";
import { queryTerms, type RankedEntry } from "./rank.js";
import { type SearchIndex, sectionOf } from "./search-index.js";
import type { Question } from "./understand.js";

// How many sentences before a figure's own may name what it is of.
const SENTENCES_BACK = 2;
const MIN_TOPIC_MATCH = 0.6;

/** The side's words the index has, as the question reads them (respellings included). */
export const sideTerms = (q: Question, index: SearchIndex, side: string) => [
  ...new Set(
    queryTerms(q, index, side)
      .map((t) => t.term)
      .filter((t) => index.hasTerm(t)),
  ),
];

/**
 * The figure for `side` when the ranking found none: of the figures `fits` the found side's
 * figure, the one whose section names the side in its sentence or the few before it, best
 * matched, and nearest its naming sentence on a tie. Undefined when none names it well enough.
 * `orFound`: the found side's own figure may be the one (the ranking may have given it to the
 * wrong side when two figures share their words).
 */
export function topicSide(
  q: Question,
  index: SearchIndex,
  side: string,
  otherSide: string,
  found: RankedEntry,
  accept: (e: Entry) => boolean,
  fits: (a: Entry, b: Entry) => boolean,
  orFound = false,
): RankedEntry | undefined {
  // "The pilot in the Wuling area" of a section titled by the area, whose sentence names only the
  // pilot: the title names the place for every sentence under it. Read with the titles only when
  // no sentences alone name the side, so a sentence that does keeps its figure.
  return (
    sideNamedBefore(q, index, side, otherSide, found, accept, fits, orFound, false) ??
    sideNamedBefore(q, index, side, otherSide, found, accept, fits, orFound, true)
  );
}

function sideNamedBefore(
  q: Question,
  index: SearchIndex,
  side: string,
  otherSide: string,
  found: RankedEntry,
  accept: (e: Entry) => boolean,
  fits: (a: Entry, b: Entry) => boolean,
  orFound: boolean,
  withTitle: boolean,
): RankedEntry | undefined {
  const own = sideTerms(q, index, side);
  const other = sideTerms(q, index, otherSide).filter((t) => !own.includes(t));
  if (own.length === 0) return undefined;
  let best: { r: RankedEntry; score: number } | undefined;
  // The side missing is sought in the report of the side found (a question naming no report is
  // put to each report on its own): a walk over that report's entries, each section looked up.
  const [from, to] = index.reportSpans?.get(found.entry.report)?.entries ?? [0, index.kb.entries.length];
  for (let i = from; i < to; i++) {
    const e = index.kb.entries[i]!;
    if (e.report !== found.entry.report) continue;
    const isFound = e.id === found.entry.id;
    if (!isNumeric(e) || (isFound && !orFound) || !accept(e) || (!isFound && !fits(e, found.entry))) continue;
    if (index.entryIsPlan[i] === 1) continue;
    const section = sectionOf(index, e.report, e.section);
    const at = section
      ? section.sentences.findIndex((s) => s.includes(e.sentence) || e.sentence.includes(s))
      : -1;
    if (!section || at < 0) continue;
    // The figure's own sentence names the other side: it is that side's, whatever came before.
    if (other.length > 0 && match(other, e.sentence, index, e.report) >= MIN_TOPIC_MATCH) continue;
    for (let back = 0; back <= SENTENCES_BACK && at - back >= 0; back++) {
      const sentences = section.sentences.slice(at - back, at + 1).join(" ");
      const text = withTitle ? `${section.title} ${sentences}` : sentences;
      const score = match(own, text, index, e.report) - back * 1e-3;
      if (score >= MIN_TOPIC_MATCH) {
        if (!best || score > best.score + 1e-9)
          best = { r: { ...found, index: i, entry: e as NumericEntry }, score };
        break;
      }
    }
  }
  return best?.r;
}
