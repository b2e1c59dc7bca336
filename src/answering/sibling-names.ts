// A name the question asks about may be the section's without being the figure's: "the five
// southern cities of Nanjing, Suzhou, Wuxi, Changzhou and Zhenjiang …; of which Suzhou and Wuxi
// contributed N and M". A figure whose sentence names others of a list the asked name is in, and
// none of the names asked, belongs to those others: the asked one's figure is not stated.
import { nameRuns } from "./names-runs.js";
import { escapeRegExp } from "../util/regexp.js";

const mentions = (text: string, name: string) =>
  new RegExp(String.raw`(?<!\p{L})${escapeRegExp(name)}(?!\p{L})`, "iu").test(text);

/** The comma-and runs of names in a section's sentences (names-runs.ts). */
export const listedNames = (sentences: readonly string[]): string[][] => sentences.flatMap(nameRuns);

/**
 * Whether the figure's `sentence` names only others of a list whose names the question asks about:
 * it names at least one other name of the list and none the question names.
 */
export function namesOnlyListedOthers(
  question: string,
  sentence: string,
  runs: readonly string[][],
): boolean {
  for (const run of runs) {
    const asked = run.filter((name) => mentions(question, name));
    if (asked.length === 0 || asked.some((name) => mentions(sentence, name))) continue;
    if (run.some((name) => !asked.includes(name) && mentions(sentence, name))) return true;
  }
  return false;
}
