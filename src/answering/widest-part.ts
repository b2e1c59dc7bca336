// "How much did the province put into poverty relief?" of a report that breaks down its funds as a
// whole ("of the N in all, A came from the province …") and again, giver by giver, in a programme's
// section ("the resettlement cost M, of which B came from the province …"). Both parts match the
// question alike; a translator's report repeats the givers in each programme, and the one asked,
// when the question names nothing of that programme, is the giver's part of the widest whole: a
// programme's part is only its share of that. Naming the programme ("put into resettlement") keeps
// the programme's part, by a word of its section's title the other section's title lacks.
import type { NumericEntry } from "../knowledge/schema.js";
import type { RankedEntry } from "./rank.js";
import { type SearchIndex, termsOf } from "./search-index.js";
import type { Question } from "./understand.js";

/** How much less of the question the wider part may cover, and how far down it is looked for. */
const NEAR_COVERAGE = 0.02;
const CANDIDATES = 6;

/** The largest total of a breakdown an entry is a part of; undefined when it is no part. */
function wholeOf(index: SearchIndex, id: string): number | undefined {
  const totals = (index.groupsByPart.get(id) ?? [])
    .filter((g) => g.type === "parts")
    .map((g) => index.kb.byId.get(g.total))
    .filter((e): e is NumericEntry => !!e && "value" in e && typeof e.value === "number")
    .map((e) => e.value);
  return totals.length > 0 ? Math.max(...totals) : undefined;
}

/**
 * The ranking with the part of a wider breakdown first, when the best figure is a part of a
 * programme's breakdown, another part of a larger one (in the same report, of the same kind and
 * unit) matches the question as well and its label names every question word the best's label
 * does, and the question names no word of the best's section title that the other's title lacks.
 */
export function widestPartFirst(q: Question, index: SearchIndex, ranked: RankedEntry[]): RankedEntry[] {
  const top = ranked[0];
  if (!top) return ranked;
  const whole = wholeOf(index, top.entry.id);
  if (whole === undefined) return ranked;
  const asked = new Set(termsOf(q.english));
  const askedIn = (text: string) => termsOf(text).filter((t) => asked.has(t));
  const topLabel = askedIn(top.entry.label);
  const topTitle = askedIn(top.entry.section);
  const wider = ranked.slice(1, CANDIDATES).find((r) => {
    if (
      r.entry.report !== top.entry.report ||
      r.entry.section === top.entry.section ||
      r.entry.kind !== top.entry.kind ||
      r.entry.unit !== top.entry.unit ||
      r.coverage < top.coverage - NEAR_COVERAGE
    )
      return false;
    const rWhole = wholeOf(index, r.entry.id);
    if (rWhole === undefined || rWhole <= whole) return false;
    const label = new Set(termsOf(r.entry.label));
    const title = new Set(termsOf(r.entry.section));
    return topLabel.every((t) => label.has(t)) && topTitle.every((t) => title.has(t));
  });
  return wider ? [wider, ...ranked.filter((r) => r !== wider)] : ranked;
}
