// "Did X meet its target of at least 70%?": the bound the question states is the report's own plan
// ("planned to allocate no less than 70% …; the share actually allocated was 76.3%"). Checking that
// plan against itself would pass the question's own input off as the answer: the figure checked is
// the result the sentence gives beside the plan.
import { isNumeric, type NumericEntry } from "../knowledge/schema.js";
import { findWritten, SENTENCE_WINDOW, statedAsPlan } from "./relations.js";
import type { SearchIndex } from "./search-index.js";

/** Whether the entry at `at` is a plan: indexed as one, or written after a plan word. */
export const isPlanAt = (index: SearchIndex, at: number) =>
  index.entryIsPlan[at] === 1 || statedAsPlan(index.kb.entries[at]!);

/**
 * The result written after the plan at `at` in its sentence: a figure of the plan's kind and unit
 * that is no plan and not the bound itself. Undefined when the sentence gives none.
 */
export function resultAfterPlan(
  index: SearchIndex,
  at: number,
  isBound: (v: number) => boolean,
): { entry: NumericEntry; at: number } | undefined {
  const plan = index.kb.entries[at] as NumericEntry;
  const from = findWritten(plan);
  const { entries } = index.kb;
  for (let i = at + 1; i < Math.min(entries.length, at + SENTENCE_WINDOW); i++) {
    const e = entries[i]!;
    if (e.sentence !== plan.sentence) break;
    if (!isNumeric(e) || e.kind !== plan.kind || e.unit !== plan.unit) continue;
    if (isPlanAt(index, i) || isBound(e.value) || findWritten(e) < from) continue;
    return { entry: e, at: i };
  }
  return undefined;
}
