// "How much did the school programme actually spend on books?" of a report that writes only "the
// planned investment was 8 million Yuan, of which 3 million Yuan was for books": the question asks
// what was really done, and the report gives a plan (or a part of one) and no result for it. A
// figure that is a plan, or a part of a planned whole, is no answer to it. (actual-result.ts puts
// the plan's result first where the report states one; this is for a plan the report leaves there.)
import { asksActualResult } from "./actual-result.js";
import { statedAsPlan } from "./relations.js";
import type { RankedEntry } from "./rank.js";
import { isPlanned, type SearchIndex } from "./search-index.js";
import type { Question } from "./understand.js";

// Said of the doing ("actually spent", "in the end"), not the adjective, which may set one kind of
// money against another ("the actual grant money, not the loans") rather than a result against a plan.
const DONE_IN_FACT = /\b(?:actually|in fact|in reality|really|in the end|end(?:ed|s)? up)\b/;

/** Whether an English question asks what was actually done and `top` is a plan or a part of one. */
export function planWhereResultAsked(q: Question, index: SearchIndex, top: RankedEntry): boolean {
  if (
    q.language !== "en" ||
    q.form ||
    !asksActualResult(q.raw.toLowerCase()) ||
    !DONE_IN_FACT.test(q.raw.toLowerCase())
  )
    return false;
  if (index.entryIsPlan[top.index] === 1 || statedAsPlan(top.entry)) return true;
  const wholes = (index.groupsByPart.get(top.entry.id) ?? [])
    .filter((g) => g.type === "parts")
    .map((g) => g.total);
  if (wholes.length === 0) return false;
  return index.kb.entries.some((e) => wholes.includes(e.id) && (isPlanned(e) || statedAsPlan(e)));
}
