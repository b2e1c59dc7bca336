// "The plan for 2013 was to relocate 30,000 households", "The target was entire village advancement
// in 1,200 poor villages": a clause whose subject is a plan makes every figure of its predicate a
// planned one. The figure's own reading ("Households relocated") is what was planned; the label says
// so ("Plan for households relocated"), so a question about what was done is not answered with it.
import { PLAN_NOUNS } from "./label-clauses.js";
import type { Token } from "./nlp.js";

/** Words that may stand between the plan noun and "be": "for 2013", "of the province". */
const MAX_BETWEEN = 4;

/**
 * Whether the figure whose first token is `first` stands in the predicate of a clause whose subject
 * is a plan noun in lower case (a programme named "the Rain Plan" is capitalised) and whose verb is "be".
 */
export function inPlannedPredicate(tokens: Token[], first: number): boolean {
  let start = first - 1;
  while (start > 0 && tokens[start - 1]!.text !== ";") start--;
  const clause = tokens.slice(start, first);
  const be = clause.findIndex((t) => t.lemma === "be" && t.pos === "AUX");
  // "The task was completed in N villages": a passive verb says what was done, not what was planned.
  if (be < 1 || clause[be + 1]?.pos === "VERB") return false;
  for (let i = be - 1; i >= 0 && be - i <= MAX_BETWEEN + 1; i--) {
    const t = clause[i]!;
    if (PLAN_NOUNS.has(t.lemma) && t.pos === "NOUN" && t.text === t.text.toLowerCase())
      return ["DET", "PRON", "ADJ"].includes(clause[i - 1]?.pos ?? "");
    if (t.pos === "VERB" || t.pos === "PUNCT") return false;
  }
  return false;
}
