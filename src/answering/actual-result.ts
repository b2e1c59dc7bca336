// What was actually done against what was planned. "How many villages actually finished the
// programme?" asks for the result ("In fact, 628 villages completed the tasks, 104.7% of the plan"),
// not the plan the section opens with ("According to the plan, 600 villages were to …"), which can
// rank first for sharing more of the question's words. A question that says the result was real
// ("actually", "in fact", "ended up", "in the end") and names no plan is answered by the result
// whose plan the best figure is, when the report ties them (relations.ts resultOf).
import { isNumeric } from "../knowledge/schema.js";
import { PLAN_ASKED } from "./plan-words.js";
import type { RankedEntry } from "./rank.js";
import { planOf, resultOf, statedAsPlan } from "./relations.js";
import type { SearchIndex } from "./search-index.js";
import type { Question } from "./understand.js";

const ACTUAL_ASKED = /\b(?:actually|actual|in fact|in reality|really|in the end|end(?:ed|s)? up)\b/;

/**
 * Whether an English question asks what really happened ("actually", "in the end", "end up"); read
 * in the question as typed, as the reading drops a lead-in such as "In the end, …".
 */
export const asksActualResult = (english: string) => ACTUAL_ASKED.test(english) && !PLAN_ASKED.test(english);

/** The ranking with the result of the best figure's plan first, when the best is a plan and the result is asked. */
export function actualResultFirst(q: Question, index: SearchIndex, ranked: RankedEntry[]): RankedEntry[] {
  const top = ranked[0];
  if (!top || q.form || q.derivation || q.language !== "en" || !asksActualResult(q.raw.toLowerCase()))
    return ranked;
  if (!isNumeric(top.entry)) return ranked;
  if (!(index.entryIsPlan[top.index] === 1 || statedAsPlan(top.entry)))
    return resultWithItsPlan(top, index, ranked);
  const found = resultOf(top.entry, top.index, index);
  if (!found) return ranked;
  // The plan and its result are one matter, the plan in more of the question's words ("600 villages
  // were to carry out entire village advancement" … "628 villages completed the tasks"): the result
  // takes the plan's place and what it matched (as resultsOfPlans does).
  const ranks = ranked.find((r) => r.entry.id === found.result.id);
  const result = { ...top, entry: found.result, index: found.at };
  return [result, ...ranked.filter((r) => r !== ranks)];
}

// Ranked figures a result's plan is looked for among: the plan that shares the question's words is
// near the top when its result is first.
const PLAN_NEAR_TOP = 3;

/**
 * The best figure is already the result, but its own words say less of the question than its plan's
 * ("628 villages completed the tasks" under a plan of "600 villages … entire village advancement"):
 * the result takes what the plan matched, as when the plan ranks first, so the reply rests on the
 * matter's words and not on the result's sentence alone.
 */
function resultWithItsPlan(top: RankedEntry, index: SearchIndex, ranked: RankedEntry[]): RankedEntry[] {
  if (!isNumeric(top.entry)) return ranked;
  const plan = planOf(top.entry, top.index, index)?.stated;
  const ranks = plan && ranked.slice(1, PLAN_NEAR_TOP + 1).find((r) => r.entry.id === plan.id);
  if (!ranks || ranks.local <= top.local) return ranked;
  return [
    { ...ranks, entry: top.entry, index: top.index },
    ...ranked.filter((r) => r !== top && r !== ranks),
  ];
}
