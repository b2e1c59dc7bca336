// "108,200 people found jobs, an employment rate of 85.6%", "RMB 4.5 billion had been paid out, a
// disbursement rate of 92.9%": a rate set after a comma as a noun phrase restates the clause
// before it, and is the rate of that clause's figure. Labelled "Employment rate" alone, it would
// lose what it is the rate of (who found jobs, what was paid out), which a question asking "what
// share of the trainees found jobs" names; so the rate takes that figure's label after "of".
import type { Before } from "./label-figure.js";
import { labelWithoutUnit, lowerFirst } from "./label-phrases.js";

/** A noun phrase that names a rate: its last word is "rate" ("employment rate", "a recovery rate"). */
const RATE_HEAD = /\brate$/i;

/**
 * The label of an appositive rate, `head` read before its "of N%", as the rate of the figure the
 * clause before the comma ends with; undefined when the head is no rate or no such figure was read.
 * `headAt`: where the rate's noun phrase starts in the sentence.
 */
export function appositiveRateLabel(head: string, headAt: number, before: Before[]): string | undefined {
  if (!RATE_HEAD.test(head.trim())) return undefined;
  const restated = before
    .filter((b) => b.read && !b.place && b.kind !== "percent" && (b.at ?? 0) < headAt)
    .at(-1);
  if (!restated) return undefined;
  const of = lowerFirst(labelWithoutUnit(restated.label)).replace(/\s*\(total\)$/, "");
  return of ? `${head} of ${of}` : undefined;
}
