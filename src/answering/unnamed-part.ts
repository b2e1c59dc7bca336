// "Of the 90 million Yuan of funds, how much had been spent by June?" of a report that gives the 90
// million and its parts ("of which 50 million from the central government and 40 million provincial
// matching funds"): the question states the whole and names none of its parts, so no part is
// what it asks (the report gives no amount spent). A part is named by its own words, those of its
// label that the whole's label lacks ("central government", "provincial matching").
import { isStated } from "./stated.js";
import type { RankedEntry, Scoring } from "./rank.js";
import { termsOf, type SearchIndex } from "./search-index.js";
import type { Question } from "./understand.js";

/** Whether `top` is a part of a breakdown whose total the question states, named by none of its own words. */
export function unnamedPartOfStatedWhole(
  q: Question,
  index: SearchIndex,
  scoring: Scoring,
  top: RankedEntry,
): boolean {
  if (q.stated.length === 0) return false;
  const asked = new Set(scoring.terms.flatMap((t) => [t.term, ...t.alts.map((a) => a.term)]));
  return (index.groupsByPart.get(top.entry.id) ?? []).some((g) => {
    const total = index.kb.byId.get(g.total);
    if (g.type !== "parts" || !total || !isStated(q.stated, total)) return false;
    const whole = new Set(termsOf(total.label));
    const own = termsOf(top.entry.label).filter((t) => !whole.has(t));
    return own.length > 0 && !own.some((t) => asked.has(t));
  });
}
