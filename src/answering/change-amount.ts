// "By how much did the funds go up on the year before?" asks for the change in the figure's own
// terms: when the report states the change both as an amount and as a rate in one sentence ("an
// increase of 46.3 million Yuan over the previous year, up 35.2%"), the amount is the answer and the
// rate only describes it. A report that states only the rate still answers with the rate (the
// kinds a change asks for keep percent first, understand.ts).
import { isNumeric } from "../knowledge/schema.js";
import { isNamedChange } from "./named-change.js";
import type { RankedEntry } from "./rank.js";
import { CHANGE_ASKED, type Question } from "./understand.js";

// The amount must match the question about as well as the rate does, among the first few.
const AMOUNT_MARGIN = 0.05;
const AMOUNT_CANDIDATES = 4;

export function amountBeforeRate(q: Question, ranked: RankedEntry[]): RankedEntry[] {
  const top = ranked[0];
  // A question that names a percentage reads percent alone first; one that names an amount, money.
  if (!top || q.derivation || q.form || top.entry.kind !== "percent" || q.kinds.length < 2) return ranked;
  if (q.kinds[0] !== "percent" || !CHANGE_ASKED.test(q.english) || !isNamedChange(top.entry)) return ranked;
  const amount = ranked
    .slice(1, AMOUNT_CANDIDATES)
    .find(
      (r) =>
        isNumeric(r.entry) &&
        r.entry.kind !== "percent" &&
        r.entry.report === top.entry.report &&
        r.entry.sentence === top.entry.sentence &&
        isNamedChange(r.entry) &&
        r.coverage >= top.coverage - AMOUNT_MARGIN,
    );
  return amount ? [amount, ...ranked.filter((r) => r !== amount)] : ranked;
}
