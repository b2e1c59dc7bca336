// A plan stated in its own sentence: "The annual plan was to relocate 12,000 households …", "The
// provincial plan for 2012 covered 1,500 poor villages", "The plan for 2013 was entire village
// advancement in 1,200 poor villages". The figure is a target, not a result, yet its clause reads like
// a result's ("Households relocated …"): the plan's noun phrase leads the label ("Annual plan for
// households relocated …"), as a plan written with its figure does ("the annual plan (N people)",
// label-clauses.ts planNamed), so the figure is found as the plan and a question about what was done
// is not answered with it.
import { PLAN_NOUNS } from "./label-clauses.js";
import { CLAUSE_PUNCT, FILLERS, lowerFirst } from "./label-phrases.js";
import type { Token } from "./nlp.js";

/** Words a plan's noun phrase holds before its noun ("the annual", "the provincial"). */
const PLAN_MODIFIER = new Set(["DET", "ADJ", "NOUN", "PROPN"]);

/** Words that may stand between the plan noun and "be": "for 2013", "of the province". */
const MAX_BETWEEN = 4;

/** A label that already says it is planned. */
const PLANNED_LABEL = /\b(?:plan|planned|target|task|goal|quota)s?\b/i;

/**
 * The plan's noun phrase ("Annual plan") when the clause of the figure at `first` has a plan noun as
 * its subject and the figure is what the plan's verb acts on ("… plan [for 2012] was to relocate N",
 * "… plan [for 2012] covered N"); "Plan" when a plan noun is the subject of "be" and the figure stands
 * anywhere in its predicate ("The target was entire village advancement in N villages"); undefined
 * for any other shape.
 */
export function planSubject(tokens: Token[], first: number): string | undefined {
  return planActingOn(tokens, first) ?? (inPlannedPredicate(tokens, first) ? "Plan" : undefined);
}

/** The plan's noun phrase when the plan's verb acts on the figure itself (see planSubject). */
function planActingOn(tokens: Token[], first: number): string | undefined {
  let start = first;
  while (start > 0 && !CLAUSE_PUNCT.has(tokens[start - 1]!.text)) start--;
  let i = start;
  while (i < first && PLAN_MODIFIER.has(tokens[i]!.pos) && !PLAN_NOUNS.has(tokens[i]!.lemma)) i++;
  const noun = tokens[i];
  // A capitalised plan is a programme's name ("the Rain Plan trained N"), not a target.
  if (!noun || !PLAN_NOUNS.has(noun.lemma) || /^\p{Lu}/u.test(noun.text)) return undefined;
  let j = i + 1;
  if (tokens[j]?.lemma === "for" && tokens[j + 1]?.pos === "NUM") j += 2;
  if (tokens[j]?.lemma === "be" && tokens[j + 1]?.lemma === "to" && tokens[j + 2]?.pos === "VERB") j += 3;
  else if (tokens[j]?.pos === "VERB") j += 1;
  else return undefined;
  // Only words that bound the figure ("a total of", "about") stand between the verb and it.
  if (!tokens.slice(j, first).every((t) => FILLERS.has(t.lemma) || ["a", "of"].includes(t.lemma)))
    return undefined;
  const phrase = tokens
    .slice(start, i + 1)
    .filter((t) => t.pos !== "DET")
    .map((t) => t.text)
    .join(" ");
  // "Provincial plan" alone reads as a programme's name to the search (which takes "annual plan",
  // "target" and the like for a target): it is written as the target it is. A bare "plan" names no
  // programme.
  const named = phrase.charAt(0).toUpperCase() + lowerFirst(phrase.slice(1));
  return /^(?:(?:annual|yearly) )?plan$|target|task|goal|quota/i.test(named) ? named : `${named} target`;
}

/**
 * Whether the figure whose first token is `first` stands in the predicate of a clause whose subject
 * is a plan noun in lower case (a programme named "the Rain Plan" is capitalised) and whose verb is "be".
 */
function inPlannedPredicate(tokens: Token[], first: number): boolean {
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

/** "Households relocated …" under the plan "Annual plan": "Annual plan for households relocated …". */
export const planLabel = (plan: string, label: string) =>
  PLANNED_LABEL.test(label) ? label : `${plan} for ${lowerFirst(label)}`;
