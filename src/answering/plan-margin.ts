// "The plan for 2013 was to relocate 30,000 households. 31,200 households … were moved out,
// exceeding the target by 1,200 households": a margin stated against a plan says what the result
// is, the plan plus (or minus) the margin. A figure of the section that matches a question better
// but is not that sum (21,900 households moved by three cities) is not the plan's result.
import { isNumeric, type NumericEntry } from "../knowledge/schema.js";
import { findWritten } from "./relations.js";
import { type SearchIndex, sectionSpan } from "./search-index.js";

const OVER_BY =
  /\b(?:exceed(?:ing|ed|s)?|surpass(?:ing|ed|es)?|beat(?:ing|s)?|overfulfill?(?:ing|ed|s)?)\s+(?:the|its|their)\s+(?:annual\s+|planned\s+|original\s+)?(?:target|plan|task|goal|quota)\s+by\s+$/i;
const SHORT_BY =
  /\b(?:fall(?:ing|s)?|fell)\s+short\s+of\s+(?:the|its|their)\s+(?:annual\s+|planned\s+|original\s+)?(?:target|plan|task|goal|quota)\s+by\s+$/i;

/**
 * The result a stated margin gives for `plan` (at position `at`), as the figure of the plan's section
 * of the plan's unit whose value is the plan ± the margin; undefined when the section states no margin
 * of that unit or no figure agrees with it.
 */
export function resultByMargin(plan: NumericEntry, at: number, index: SearchIndex): NumericEntry | undefined {
  const { entries } = index.kb;
  const [start, end] = sectionSpan(index, at);
  let expected: number | undefined;
  for (let i = start; i < end && expected === undefined; i++) {
    const e = entries[i]!;
    if (!isNumeric(e) || e.unit !== plan.unit || e === plan) continue;
    const before = e.sentence.slice(Math.max(0, findWritten(e) - 60), findWritten(e));
    if (OVER_BY.test(before)) expected = plan.value + e.value;
    else if (SHORT_BY.test(before)) expected = plan.value - e.value;
  }
  if (expected === undefined) return undefined;
  for (let i = start; i < end; i++) {
    const e = entries[i]!;
    if (
      isNumeric(e) &&
      e.unit === plan.unit &&
      e !== plan &&
      e.value === expected &&
      index.entryIsPlan[i] !== 1
    )
      return e;
  }
  return undefined;
}
