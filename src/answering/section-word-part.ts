// "How much was invested in resettlement?" of a section titled "Resettlement of herders" that writes
// "A total of N was invested, of which A came from the province … and D was raised by the resettled
// families": the part's label ("Funds invested raised by the resettled families") shares the
// programme's word with the question, the total's ("Funds invested (total)") does not, and the part
// ranks first. A word of the section's title names the programme every member of its breakdown
// belongs to, not one member: a part is asked only by words of its own the title does not hold
// ("how much did the resettled families raise"). So the breakdown's total comes first.
import type { RankedEntry } from "./rank.js";
import { type SearchIndex, termsOf } from "./search-index.js";
import type { Question } from "./understand.js";

/** How much less of the question the total may cover than the part it is put before. */
const NEAR_COVERAGE = 0.05;

/**
 * The ranking with its best figure's breakdown total first, when the best is a part of that total
 * whose label matches the question, beyond the total's label, only in words of the section's title.
 */
export function totalBeforeSectionWordPart(
  q: Question,
  index: SearchIndex,
  ranked: RankedEntry[],
): RankedEntry[] {
  const top = ranked[0];
  if (!top) return ranked;
  const totals = new Set(
    (index.groupsByPart.get(top.entry.id) ?? []).filter((g) => g.type === "parts").map((g) => g.total),
  );
  if (totals.size === 0) return ranked;
  const total = ranked.find(
    (r) =>
      totals.has(r.entry.id) && r.entry.kind === top.entry.kind && r.coverage >= top.coverage - NEAR_COVERAGE,
  );
  if (!total) return ranked;
  const asked = new Set(termsOf(q.english));
  const totalWords = new Set(termsOf(total.entry.label));
  const title = new Set(termsOf(top.entry.section));
  const own = termsOf(top.entry.label).filter((t) => asked.has(t) && !totalWords.has(t));
  if (own.length === 0 || !own.every((t) => title.has(t))) return ranked;
  return [total, ...ranked.filter((r) => r !== total)];
}
