// "How much did the county and the villagers give together?": each side is the figure whose own
// words (label, clause, the words people ask it with) name that side's giver or thing. A figure
// whose sentence names the side only elsewhere ("… was issued for the county, of which 2 million
// Yuan was raised by the villagers") is another giver's part of that sentence, not the side asked.
import type { Entry } from "../knowledge/schema.js";
import { contentWords } from "../text/words.js";
import { ownWords } from "./part-asked.js";
import type { QueryTerm } from "./rank.js";

/**
 * Whether a figure's own words hold one of the side's own terms, as written or as the search
 * reworded it; with `labelOnly`, its label does (what the figure is, not only the clause's subject
 * the report writes everywhere: "Henan Province invested …").
 */
export function namesSideOwnTerm(e: Entry, sideTerms: readonly QueryTerm[], labelOnly = false): boolean {
  if (sideTerms.length === 0) return true;
  const stems = new Set(contentWords(labelOnly ? e.label : ownWords(e)).map((w) => w.stem));
  return sideTerms.some((t) => stems.has(t.term.replace(/^\?/, "")) || t.alts.some((a) => stems.has(a.term)));
}
