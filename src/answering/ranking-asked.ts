// "Which county had the most villages?", "which bank lent the most?": a names question that asks
// for the first of a ranking. The report answers it only where a sentence ranks them itself ("the
// largest", "ranked first") or gives a figure for each of them to compare; a sentence that only
// names them, or gives one figure for them all, does not say which is first, and quoting it would
// pass the names off as the answer.
import { findNumbers, isYear } from "../knowledge/numbers.js";
import { nameRuns } from "./names-runs.js";

const SUPERLATIVE =
  /\b(?:most|least|fewest|largest|biggest|highest|greatest|smallest|lowest|best|worst|top|first place|ranked first|ranking first)\b/i;

/** Whether the question asks which one ranks first (a superlative). */
export const asksRanking = (english: string): boolean => SUPERLATIVE.test(english);

/**
 * Whether a sentence can answer a ranking: it states one, or gives a figure for each of several
 * names ("A and B received X and Y respectively", a list of names beside as many figures). Two
 * figures alone are not enough: a report's sentences hold several figures of different things.
 */
export function ranksInSentence(sentence: string): boolean {
  if (SUPERLATIVE.test(sentence)) return true;
  const figures = findNumbers(sentence).filter((n) => !isYear(n)).length;
  if (figures < 2) return false;
  if (/\brespectively\b/i.test(sentence)) return true;
  return nameRuns(sentence).some((run) => figures >= run.length);
}

/**
 * Whether an answer to a names question can say which one ranks first: it must give names (a
 * list), and one of its sentences must rank them. A passage quoted because its sentences named
 * nothing of the kind asked ("which city put in the most?" beside "N came from city and county
 * governments, … the biggest over the years") has no one to put first, whatever it ranks.
 */
export function answersRanking(answer: { type: string; citations: readonly { quote: string }[] }): boolean {
  return answer.type === "list" && answer.citations.some((c) => ranksInSentence(c.quote));
}
