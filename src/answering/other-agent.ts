// "How much did the Provincial Women's Federation give to the schools?" of a sentence "Enterprises
// gave 2 million Yuan to the schools, and the work was commended by the Provincial Women's
// Federation": the name the question makes the giver is in the figure's sentence only as the agent
// of another, passive verb ("commended by"), not of the figure's own. It did not give the figure:
// someone else in the same story did.
import { escapeRegExp } from "../util/regexp.js";
import type { Entry } from "../knowledge/schema.js";
import { stem } from "../text/words.js";
import { termsOf } from "./search-index.js";

// "did the X give", "has X paid": the name right after the question's auxiliary is its doer.
const doerPattern = (name: string) =>
  new RegExp(String.raw`\b(?:did|does|do|has|have|had)\s+(?:the\s+)?${escapeRegExp(name)}\s+[a-z]`, "i");
// A passive verb's "by" before the name, with no clause break between them ("praised by A and X").
const AGENT_BEFORE = /\b([a-z]+(?:ed|en))\s+by\b[^.;:]*$/i;

/**
 * Whether `name`, the doer of the question's verb, is named in `e`'s sentence only as the agent of
 * a passive verb that is not the figure's own (its label does not have the verb: "funds provided by
 * X" are X's), and never in the figure's label.
 */
export function doerOnlyAnotherAgent(question: string, name: string, e: Entry): boolean {
  if (!doerPattern(name).test(question)) return false;
  const lower = name.toLowerCase();
  const label = e.label.toLowerCase();
  if (label.includes(lower)) return false;
  const labelStems = new Set(termsOf(label));
  const sentence = e.sentence.toLowerCase();
  let at = sentence.indexOf(lower);
  if (at < 0) return false;
  for (; at >= 0; at = sentence.indexOf(lower, at + 1)) {
    const verb = AGENT_BEFORE.exec(e.sentence.slice(0, at))?.[1];
    if (!verb || labelStems.has(stem(verb.toLowerCase()))) return false;
  }
  return true;
}
