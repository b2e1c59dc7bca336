// "identified the 3rd batch of 58 leading enterprises, bringing the total to 326": "the total" names
// no noun of its own. It is the running total of what the count before it in the sentence counts
// (326 leading enterprises in all, the 58 of this batch among them), so it is labelled with that
// count's noun phrase and counts its unit.
import type { Context, GrammarLabel } from "./label-figure.js";
import { tokenAt } from "./label-lists.js";
import { MAX_WORDS, phraseAfter } from "./label-phrases.js";
import type { Token } from "./nlp.js";

/** Verbs that bring a running total to a new level ("bringing", "raising", "taking the total to N"). */
const TOTAL_TO_VERBS = new Set(["bring", "raise", "take", "increase", "push"]);

const NEW_MARK = /^(?:newly\s+\w+|new|additional|more)\s+/i;

/** The label of a figure written "bringing the total (number) to N", from the count before it; else undefined. */
export function runningTotalLabel(tokens: Token[], ctx: Context, first: number): GrammarLabel | undefined {
  if (tokens[first - 1]?.lemma !== "to") return undefined;
  let at = first - 2;
  if (tokens[at]?.lemma === "number") at--;
  if (tokens[at]?.lemma !== "total" || tokens[at - 1]?.lemma !== "the") return undefined;
  if (!TOTAL_TO_VERBS.has(tokens[at - 2]?.lemma ?? "")) return undefined;
  const index = ctx.index;
  const counted = index !== undefined && index > 0 ? ctx.figures?.[index - 1] : undefined;
  if (counted?.kind !== "count") return undefined;
  const before = ctx.before?.find((b) => b.at === counted.start);
  // "42 new leading enterprises": "new" marks the batch, not the total it joins.
  const noun = phraseAfter(tokens, tokenAt(tokens, counted.start) + 1, false, MAX_WORDS)?.replace(
    NEW_MARK,
    "",
  );
  if (!noun || !/[a-z]/i.test(noun)) return undefined;
  const label = `${noun.charAt(0).toUpperCase()}${noun.slice(1)} (total)`;
  return before?.unit && before.unit !== "items" ? { label, unit: before.unit } : { label };
}
