// A name the question asks about may be the section's without being the figure's: "the five
// southern cities of Nanjing, Suzhou, Wuxi, Changzhou and Zhenjiang …; of which Suzhou and Wuxi
// contributed N and M". A figure whose sentence names others of a list the asked name is in, and
// none of the names asked, belongs to those others: the asked one's figure is not stated.
import { nameRuns } from "./names-runs.js";
import { regionsIn } from "./regions.js";
import { escapeRegExp } from "../util/regexp.js";

const mentions = (text: string, name: string) =>
  new RegExp(String.raw`(?<!\p{L})${escapeRegExp(name)}(?!\p{L})`, "iu").test(text);

/** Each run of names the question names at least one of, with the names it asks. */
function* runsAsked(question: string, runs: readonly string[][]) {
  for (const run of runs) {
    const asked = run.filter((name) => mentions(question, name));
    if (asked.length > 0) yield { run, asked };
  }
}

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
  for (const { run, asked } of runsAsked(question, runs)) {
    if (asked.some((name) => mentions(sentence, name))) continue;
    if (run.some((name) => !asked.includes(name) && mentions(sentence, name))) return true;
  }
  return false;
}

/**
 * Whether the question names some but not all of a list of names the section writes, and the
 * figure's `sentence` names none of that list: "… in four counties, namely A, B, C and D. The total
 * investment was N" gives N for the four together; "how much did B get?" is not stated.
 */
export function namesPartOfListElsewhere(
  question: string,
  sentence: string,
  runs: readonly string[][],
): boolean {
  for (const { run, asked } of runsAsked(question, runs)) {
    if (asked.length === run.length || run.some((name) => mentions(sentence, name))) continue;
    return true;
  }
  return false;
}

// "Song County" is asked as "Song" as often as in full ("Song, Hua, Lushi and Sui counties"): a
// two-word name's first word is the name; a longer one is matched whole.
const PLACE_KIND = /^(?:County|City|District|Prefecture|Township|Town|Village|League|Banner)$/;
function ownWords(name: string): string {
  const words = name.split(/\s+/);
  return words.length === 2 && PLACE_KIND.test(words[1]!) ? words[0]! : name;
}

/**
 * Whether the figure's `sentence` gives it for a run of names ("in Fengqiu, Guangshan and Shangcai
 * County, the planned investment was …") of which the question names some but not all ("how much
 * did Guangshan County get?"): the figure is the run's together, and the part of the one asked is
 * not stated. A sentence that pairs each name with its own figure ("… respectively") is left alone.
 */
export function namesPartOfRun(question: string, sentence: string): boolean {
  if (/\brespectively\b/i.test(sentence)) return false;
  for (const run of nameRuns(sentence)) {
    const own = run.map(ownWords).filter((w) => regionsIn(w).length === 0);
    if (own.length < run.length) continue;
    const asked = own.filter((w) => mentions(question, w)).length;
    if (asked > 0 && asked < run.length) return true;
  }
  return false;
}
