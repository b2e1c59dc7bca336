// "How big is the World Bank loan for the foreign-funded project?" of a report whose foreign-funded
// section gives only the project funds put in: the figure matches the rest of the question well,
// but not the thing asked about (the loan), which the report names other figures with ("loans for
// poor areas"). Where the report's own labels use the noun, a figure whose words lack it measures
// something else, however much else it shares. (A noun no label uses may be the question's own
// word for the figure's thing: "issues" of a bulletin the report counts in "periods".)
import { QUANTITY_NOUNS, stem } from "../text/words.js";
import { isEnglishWord } from "./background.js";
import type { RankedEntry, Scoring } from "./rank.js";
import { salience } from "./register.js";
import { askedWords, thingAsked } from "./subject.js";
import type { Question } from "./understand.js";

// A noun this common in everyday English is a placeholder ("things", "stuff"), not a topic (as in subject.ts).
const PLACEHOLDER_SALIENCE = 0.1;
// Words for what is computed or for a figure as such name no thing of the report.
const FIGURE_NOUN =
  /^(?:total|totals|average|averages|sum|difference|gap|figure|figures|number|amount|value|size)$/;

/** Ranked figures looked at for a label that names the thing asked. */
const LABELS_LOOKED_AT = 20;

/** Whether `top` leaves out the thing the question asks about, a noun other figures' labels use. */
export function missesTheThingAsked(
  q: Question,
  scoring: Scoring,
  top: RankedEntry,
  ranked: readonly RankedEntry[],
): boolean {
  // A Chinese question's head is read from its gloss, whose word order is not the question's.
  if (q.language !== "en") return false;
  // Tagging the question (thingAsked) costs more than the rest of an answer: only a figure that
  // leaves out one of the words the thing is among needs it.
  const matched = (w: string) => {
    const at = scoring.terms.findIndex((t) => t.term === stem(w));
    return at < 0 || (scoring.mask[top.slot]! & (1 << at)) !== 0;
  };
  if (askedWords(q).every(matched)) return false;
  const thing = thingAsked(q);
  if (!thing || FIGURE_NOUN.test(thing) || QUANTITY_NOUNS.includes(thing) || !isEnglishWord(thing))
    return false;
  if (salience(thing, "NOUN") <= PLACEHOLDER_SALIENCE) return false;
  const at = scoring.terms.findIndex((t) => t.term === stem(thing) && !t.term.startsWith("?"));
  // A word the reading dropped (everyday talk) or the reports lack is another rule's business.
  if (at < 0) return false;
  if ((scoring.mask[top.slot]! & (1 << at)) !== 0) return false;
  const asked = stem(thing);
  const labelled = (r: RankedEntry) =>
    r.entry.kind === top.entry.kind &&
    r.entry.label
      .toLowerCase()
      .split(/[^a-z]+/)
      .some((w) => stem(w) === asked);
  return ranked.slice(0, LABELS_LOOKED_AT).some(labelled);
}
