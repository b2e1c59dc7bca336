// "The World Bank loan project in X covered 120 villages, with a total investment of N Yuan. As of
// the end of December, 58.3 million Yuan had been put in, 12% of the total investment.": an amount
// that is the bare subject of a passive verb naming no agent and no object, after at most an opener
// of time, says nothing of what it is the money of; the sentence before says it, in its subject.
// Read alone, the amount's label was its verb ("Put", "Funds disbursed"), which no question naming
// the project reaches. The amount takes that subject: "Funds put in for the World Bank loan …".
import { NO_NOUN } from "./label-figure.js";
import { isRegion } from "./label-phrases.js";
import type { Token } from "./nlp.js";
import { IRREGULAR_PARTICIPLES } from "../text/participles.js";

// Before the amount: nothing, or an opener of time ("As of the end of December,", "By June,").
const TIME_OPENER = /^\s*(?:(?:as\s+of|as\s+at|by|in|at|up\s+to|until|till)\b[^,;]*,\s*)?$/i;
// After it: a passive verb with its particle and nothing more before the clause ends.
const AGENTLESS_PASSIVE =
  /^\s*(?:(?:had|has|have)\s+been|was|were)\s+([a-z]+)(\s+(?:in|out|up|down|off))?\s*(?=[,;.]|$)/i;
/** The most words a subject borrowed from the sentence before may run to: longer is no name. */
const MAX_SUBJECT_WORDS = 14;

/**
 * The verb (with its particle) of the passive clause the amount `written` at `at` is the bare
 * subject of, or undefined when the amount is not so written.
 */
export function agentlessPassiveVerb(sentence: string, at: number, written: string): string | undefined {
  if (!TIME_OPENER.test(sentence.slice(0, at))) return undefined;
  const m = AGENTLESS_PASSIVE.exec(sentence.slice(at + written.length));
  if (!m) return undefined;
  const verb = (m[1] ?? "").toLowerCase();
  if (!verb || !(verb.endsWith("ed") || IRREGULAR_PARTICIPLES.has(verb))) return undefined;
  return `${verb}${(m[2] ?? "").toLowerCase()}`;
}

/**
 * The subject a sentence opens with: its words before the first verb, set off by no opener ("In
 * 2012, …" opens with a time, not a subject), starting with "The" and naming a noun, without a
 * bracket's aside. A word hyphened to the one before ("Bank-financed") is part of the name, not the
 * verb. Undefined when the sentence opens otherwise or the subject is the region.
 */
export function openingSubject(tokens: readonly Token[], region: string): string | undefined {
  if (tokens[0]?.text !== "The") return undefined;
  let end = -1;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const hyphened = tokens[i - 1]?.text === "-" && tokens[i - 1]!.start === t.start - 1;
    if ((t.pos === "VERB" || t.pos === "AUX") && !hyphened) {
      end = i;
      break;
    }
  }
  if (end < 2) return undefined;
  const words = tokens.slice(0, end);
  if (!words.some((t) => t.pos === "NOUN" || t.pos === "PROPN")) return undefined;
  let text = "";
  let depth = 0;
  for (const [i, t] of words.entries()) {
    if (t.text === "(") depth++;
    else if (t.text === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0) text += `${i > 0 && t.start > words[i - 1]!.end ? " " : ""}${t.text}`;
  }
  text = text
    .replace(/[\s,;:]+$/, "")
    .replace(/\s+/g, " ")
    .trim();
  if (text.split(" ").length > MAX_SUBJECT_WORDS || isRegion(text.replace(/^The\s+/, ""), region))
    return undefined;
  return text;
}

/** The label of a bare amount of money acted on by `verb`, of what the sentence before opens with. */
export function topicBeforeLabel(verb: string, subject: string): string {
  return `${NO_NOUN.money} ${verb} for ${subject.replace(/^The\b/, "the")}`;
}
