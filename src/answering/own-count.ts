// "Special funds totalling 312 million yuan were allocated to the 12 pilot counties; the six new pilot
// counties got 30 million yuan each": the amount is for the count its own clause names (12), and
// dividing it by another group's count in the sentence (six) gives a wrong average.
import { isNumeric, type NumericEntry } from "../knowledge/schema.js";
import { findWritten, SENTENCE_WINDOW } from "./relations.js";
import type { SearchIndex } from "./search-index.js";
import { isPlanAt } from "./plan-bound-result.js";

// Where a clause of the sentence ends: a semicolon, or a full stop inside a long sentence.
const CLAUSE_END = /[;；]/;
const GIVEN_TO = /\b(?:to|for|among|between|across)\s+(?:the\s+|all\s+|its\s+|their\s+)?$/i;

/** The count of `unit` written after the amount at `at` in its own clause, if any. */
export function countOfOwnClause(index: SearchIndex, at: number, unit: string): NumericEntry | undefined {
  const { entries } = index.kb;
  const amount = entries[at] as NumericEntry;
  const from = findWritten(amount);
  if (from < 0) return undefined;
  const after = amount.sentence.slice(from + amount.written.length);
  const end = CLAUSE_END.exec(after);
  const clauseEnd = from + amount.written.length + (end ? end.index : after.length);
  for (let i = at + 1; i < Math.min(entries.length, at + SENTENCE_WINDOW); i++) {
    const e = entries[i]!;
    if (e.sentence !== amount.sentence) break;
    const w = findWritten(e);
    if (w < from || w >= clauseEnd) continue;
    if (!isNumeric(e) || e.kind !== "count" || e.unit !== unit || isPlanAt(index, i)) continue;
    // The count the amount went to or is for ("allocated to the 12 pilot counties"), not one it is
    // set against ("against a plan of 8,500 households") or that acted.
    if (GIVEN_TO.test(amount.sentence.slice(0, w))) return e;
  }
  return undefined;
}
