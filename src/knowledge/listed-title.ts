// A title may list its topics, joined by commas and a last "and": "Monitoring, Registration and
// Publicity", "Roads, bridges and wells", "Culture, Health & Sports". The commas there join
// nouns, not clauses: a line of them with no verb, no figure and no other punctuation is a title
// as much as "Rain Plan" is, while "Roads were built, and wells dug" has its verbs.
import { hyphened } from "./label-phrases.js";
import { tagSentence } from "./nlp.js";

const ITEM = /^\p{L}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’-]*)*$/u;
// The last topic after "and" or "&", with or without a comma before it ("A, B, and C").
const LAST_JOIN = /^(?:(.+?)[ \t]+)?(?:and|&)[ \t]+(.+)$/u;
const CLAUSE_POS = new Set(["VERB", "AUX", "PRON"]);

/** Whether `line` (already short, capitalised and without digits) is a list of topics with no verb. */
export function isListedTitle(line: string): boolean {
  const items = line.split(/,[ \t]*/);
  if (items.length < 2) return false;
  const last = LAST_JOIN.exec(items[items.length - 1]!);
  if (!last) return false;
  const parts = [...items.slice(0, -1), ...(last[1] ? [last[1]] : []), last[2]!];
  if (!parts.every((p) => ITEM.test(p.trim()))) return false;
  const tokens = tagSentence(line);
  return !tokens.some((t, i) => CLAUSE_POS.has(t.pos) && !hyphened(tokens, i));
}
