// A rate written as so many percentage points above or below another ("up 16.8%, 1.6 percentage
// points higher than the growth rate of the whole province") states that other rate too: the first
// minus (or plus) the points. Asked for that other rate, the engine works it out with both inputs
// cited; asked for the gap itself ("how many points faster"), the stated points are the answer.
import { formatValue } from "../knowledge/figures.js";
import { GAP_ABOVE, GAP_LABEL_START, GAP_WORDS } from "../knowledge/label-points.js";
import { isNumeric, type NumericEntry } from "../knowledge/schema.js";
import type { Derived } from "./compute.js";
import { type RankedEntry, rankEntries, type Scoring, unionCoverage } from "./rank.js";
import type { SearchIndex } from "./search-index.js";
import type { Question } from "./understand.js";

// The label knowledge/labels.ts gives a gap in points, and which way it runs.
export const GAP_LABEL = new RegExp(`^${GAP_LABEL_START} (${GAP_WORDS.join("|")}) than `);
const ABOVE = new Set(GAP_ABOVE);

/** Whether a stated gap's label puts the first rate above the other ("… higher than …"). */
export const gapIsAbove = (label: string): boolean => ABOVE.has(GAP_LABEL.exec(label)?.[1] ?? "");
// An asking clause about a rate, whatever kind of figure the rest of the question names ("if income
// grew N points faster than the province, what was the province's growth?").
const RATE_ASKED = /\b(?:growth|rate|grew)\b/i;
// A question about the gap itself: its points, or how much faster or higher one rate was.
const ASKS_GAP = /\bpoints?\b|\bhow (?:much|many) (?:higher|lower|faster|slower|more|less)\b|百分点/i;

/** The rate a stated gap is measured from: the last percentage before it in its sentence. */
function rateBefore(index: SearchIndex, at: number): { entry: NumericEntry; index: number } | undefined {
  const gap = index.kb.entries[at]!;
  for (let i = at - 1; i >= 0; i--) {
    const e = index.kb.entries[i]!;
    if (e.report !== gap.report || e.sentence !== gap.sentence) return undefined;
    if (isNumeric(e) && e.kind === "percent") return { entry: e, index: i };
  }
  return undefined;
}

/**
 * The rate on the far side of a stated gap, when the question asks for a percentage and the gap's
 * label matches it better, in its own words, than `best` (the best stated figure) does; else undefined.
 */
export function rateBeyondGap(
  q: Question,
  index: SearchIndex,
  scoring: Scoring,
  best: RankedEntry | undefined,
): Derived | undefined {
  // "Per capita income growth" reads as an average asked; the rate compared with is one already.
  const asksRate = q.kinds[0] === "percent" || RATE_ASKED.test(q.clause);
  if (!asksRate || (q.derivation && q.derivation.type !== "average") || ASKS_GAP.test(q.clause))
    return undefined;
  const [top] = rankEntries(q, index, scoring, (e) => isNumeric(e) && GAP_LABEL.test(e.label));
  if (!top || (best && top.local <= best.local)) return undefined;
  const gap = top.entry as NumericEntry;
  const rate = rateBefore(index, top.index);
  if (!rate) return undefined;
  const above = gapIsAbove(gap.label);
  const value = rate.entry.value + (above ? -gap.value : gap.value);
  const figure = formatValue(value, rate.entry.unit);
  return {
    value,
    unit: rate.entry.unit,
    figure,
    label: gap.label.replace(GAP_LABEL, "").replace(/^\p{Ll}/u, (c) => c.toUpperCase()),
    arithmetic: `${rate.entry.written} ${above ? "−" : "+"} ${gap.written} = ${figure}`,
    inputs: [rate.entry, gap],
    coverage: unionCoverage(scoring, [top.index, rate.index]),
  };
}
