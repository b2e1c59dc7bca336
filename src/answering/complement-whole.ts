// The whole a part is of, for "how many … did not …" (the whole minus the part), where the report
// writes the whole apart from the part's "A of the B":
// - "Of the 809 million yuan of social funds, 426 million yuan came from enterprises": the whole is
//   the figure in the sentence's opening phrase;
// - "trained up 168,000 people … . 142,000 trainees found jobs, an employment rate of 84.5%": the
//   rate stated with the part says what it is a share of, a figure before it whose ratio to the part
//   is that rate to the precision it is written.
import { isNumeric, type NumericEntry } from "../knowledge/schema.js";
import {
  findWritten,
  SENTENCE_WINDOW,
  shareAgrees,
  statedAsPlan,
  writtenAsShareOfPlan,
} from "./relations.js";
import { isNamedChange } from "./named-change.js";
import type { SearchIndex } from "./search-index.js";

// "Among the trainees,", "Of the 809 million yuan of social funds,": an opening that names the group.
export const AMONG_OPENING = /^\s*(?:among|of)\s+(?:the|these|those|them|all(?:\s+the)?)\b[^,]{0,60},/i;

/** The figure an "Of the N …," opening names, when the part is written after it: same unit, larger. */
export function wholeInOpening(part: NumericEntry, at: number, index: SearchIndex): NumericEntry | undefined {
  const opening = AMONG_OPENING.exec(part.sentence);
  if (!opening || findWritten(part) < opening[0].length) return undefined;
  const { entries } = index.kb;
  for (let i = at - 1; i >= Math.max(0, at - SENTENCE_WINDOW); i--) {
    const e = entries[i]!;
    if (e.report !== part.report || e.sentence !== part.sentence) return undefined;
    if (!isNumeric(e) || e.kind !== part.kind || e.unit !== part.unit || e.value <= part.value) continue;
    if (findWritten(e) + e.written.length <= opening[0].length) return e;
  }
  return undefined;
}

// What may stand between a part and the rate stated for it: the rest of the part's clause, then
// ", an employment rate of", ", accounting for", ", or".
const TO_ITS_RATE =
  /^[^,;.]{0,60},\s*(?:(?:an?|the)\s+(?:[a-z-]+\s+){0,3}(?:rate|share|proportion)\s+of\s+|or\s+|accounting\s+for\s+)$/i;

/**
 * The figure before a part, in its section, that the rate written right after the part is the share
 * of: the part ÷ that figure is the rate. No plan (a share of a plan is no whole of the part), no change.
 */
export function wholeByStatedRate(
  part: NumericEntry,
  at: number,
  index: SearchIndex,
): NumericEntry | undefined {
  if (part.kind === "percent") return undefined;
  const { entries } = index.kb;
  const end = findWritten(part) + part.written.length;
  let rate: NumericEntry | undefined;
  for (let i = at + 1; i < Math.min(entries.length, at + SENTENCE_WINDOW); i++) {
    const e = entries[i]!;
    if (e.report !== part.report || e.sentence !== part.sentence) break;
    if (!isNumeric(e)) continue;
    if (e.kind === "percent" && TO_ITS_RATE.test(part.sentence.slice(end, findWritten(e)))) rate = e;
    break;
  }
  if (!rate || isNamedChange(rate) || writtenAsShareOfPlan(rate)) return undefined;
  for (let i = at - 1; i >= Math.max(0, at - 2 * SENTENCE_WINDOW); i--) {
    const e = entries[i]!;
    if (e.report !== part.report || e.section !== part.section) return undefined;
    if (!isNumeric(e) || e.kind !== part.kind || e.sentence === part.sentence) continue;
    if (index.entryIsPlan[i] === 1 || statedAsPlan(e)) continue;
    if (e.value > part.value && shareAgrees(part.value, e.value, rate)) return e;
  }
  return undefined;
}
