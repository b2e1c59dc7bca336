// "Among the central funds, the development funds, the work-relief funds and the development funds
// for ethnic minorities were N, M and K respectively": a list of names each opening with its own
// article is read as that many names, whatever words each holds after its noun ("for ethnic
// minorities"): the articles mark where each name starts. A name without its own article may be
// the tail of the one before ("the income of farmers in A and B"), so every name must have one.
import { listItems } from "./label-respective-objects.js";
import { text } from "./label-lists.js";
import type { Token } from "./nlp.js";

const ARTICLE = /^(?:the|a|an)\s/i;
/** What opens the clause the subject stands in: the names are the last ones before the verb. */
const CLAUSE_START = new Set([";", ":"]);

/** The `length` names, each with its article, of the subject right before `verbAt`; undefined for any other subject. */
export function articledSubjects(tokens: Token[], verbAt: number, length: number): string[] | undefined {
  let start = verbAt;
  while (start > 0 && !CLAUSE_START.has(tokens[start - 1]!.text)) start--;
  const words = tokens.slice(start, verbAt);
  // "of which A, B and C were …": the relative words open the clause.
  const of = words.findLastIndex((t, k) => t.lemma === "which" && words[k - 1]?.lemma === "of");
  const subject = text(words.slice(of + 1));
  // The names are the last `length` items; items before them are a fronted phrase ("Among X, …").
  for (let extra = 0; extra <= 1; extra++) {
    const items = listItems(subject, length + extra)?.slice(extra);
    if (items?.every((n) => ARTICLE.test(n))) return items;
  }
  return undefined;
}
