// "What was the total amount of financial aid?" where one section writes "financial aid totalled
// 4.8 billion Yuan" and another "of the 5.4 billion Yuan invested, 1.4 billion was financial aid":
// the part of the second breakdown is named exactly as asked and can rank first, but a total is
// asked and it is one programme's share. A breakdown's total that ranks about as well answers, but
// not the part's own breakdown's total: that adds the part to other kinds of money (credit, the
// villagers' own), so it is no total of the kind asked.
import type { RankedEntry } from "./rank.js";
import type { SearchIndex } from "./search-index.js";
import type { Question } from "./understand.js";

/** Ranked figures a total is looked for among, and how much less of the question it may cover. */
const CANDIDATES = 5;
const NEAR_COVERAGE = 0.05;

/** The ranking with a breakdown's total first, when a total is asked and the best figure is another breakdown's part. */
export function totalBeforePart(q: Question, index: SearchIndex, ranked: RankedEntry[]): RankedEntry[] {
  const top = ranked[0];
  if (!top || q.derivation?.type !== "total") return ranked;
  const isTotal = (id: string) => (index.groupsByTotal.get(id) ?? []).some((g) => g.type === "parts");
  const ownGroups = (index.groupsByPart.get(top.entry.id) ?? []).filter((g) => g.type === "parts");
  if (ownGroups.length === 0 || isTotal(top.entry.id)) return ranked;
  const ownTotals = new Set(ownGroups.map((g) => g.total));
  const total = ranked
    .slice(1, CANDIDATES)
    .find(
      (r) =>
        r.entry.kind === top.entry.kind &&
        r.coverage >= top.coverage - NEAR_COVERAGE &&
        isTotal(r.entry.id) &&
        !ownTotals.has(r.entry.id),
    );
  return total ? [total, ...ranked.filter((r) => r !== total)] : ranked;
}
