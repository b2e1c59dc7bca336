// "How much was invested per completed village?" of a report that gives the whole investment and,
// in the same sentence, its parts ("1.274 billion yuan, of which … 176 million yuan was raised by the
// villagers"): a part may rank above its whole on the question's words only by a word the per-unit
// noun shares with it ("village" in "villagers"), which names the divisor, not the amount. The
// amount averaged is then the whole; a part stays when it matches a word of the question its whole
// does not ("how much did the villagers raise themselves per village").
import { writtenAt } from "../knowledge/written-at.js";
import { termsOf, type SearchIndex } from "./search-index.js";
import type { RankedEntry, Scoring } from "./rank.js";
import { isNumeric, type Entry } from "../knowledge/schema.js";

type Pair = { n: RankedEntry; den: RankedEntry | undefined };

/** The pair whose amount is the stated whole of `pick`'s amount, with the same count, unless the part matches more. */
export function wholeOverPart<P extends Pair>(
  pick: P,
  pairs: readonly P[],
  index: SearchIndex,
  scoring: Scoring,
  perUnit: string,
): P {
  const totals = new Set(
    (index.groupsByPart.get(pick.n.entry.id) ?? []).flatMap((g) => (g.type === "parts" ? [g.total] : [])),
  );
  // "With a total investment of RMB 3.118 billion: fiscal funds of 1.204 billion yuan, …": a total
  // written before the part in its sentence is its whole, whether or not a breakdown group was read.
  for (const p of pairs) if (writtenTotalBefore(p.n.entry, pick.n.entry)) totals.add(p.n.entry.id);
  if (totals.size === 0) return pick;
  const divisor = new Set(termsOf(perUnit));
  // The question's words (with the words the search took for them) that a label names.
  const named = (e: RankedEntry) => {
    const label = new Set(termsOf(e.entry.label));
    return scoring.terms.filter((t) => t.alts.some((a) => label.has(a.term)));
  };
  // The part's label names the divisor's word where the whole's does not, and nothing else the
  // whole's lacks: that word is all that put the part first.
  const wholeNames = (whole: RankedEntry) => {
    const own = new Set(named(whole));
    // A part whose label names no word of the question at all (it ranked on its sentence's words
    // alone) is no more what is asked than its whole.
    const partNames = named(pick.n);
    if (partNames.length === 0) return true;
    const partOnly = partNames.filter((t) => !own.has(t));
    return partOnly.length > 0 && partOnly.every((t) => divisor.has(t.term));
  };
  const whole = pairs.find(
    (p) => totals.has(p.n.entry.id) && p.den?.entry.id === pick.den?.entry.id && wholeNames(p.n),
  );
  return whole ?? pick;
}

// A label that says its figure is the total ("Total investment …").
const TOTAL_WORD = /\btotal\b/i;
/** Whether `whole` is a total its sentence writes before `part`, of the same unit and larger. */
export function writtenTotalBefore(whole: Entry, part: Entry): boolean {
  return (
    whole !== part &&
    isNumeric(whole) &&
    isNumeric(part) &&
    whole.sentence === part.sentence &&
    whole.unit === part.unit &&
    whole.value > part.value &&
    TOTAL_WORD.test(whole.label) &&
    writtenAt(whole.sentence, whole.written) < writtenAt(part.sentence, part.written)
  );
}
