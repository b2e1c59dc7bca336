// "Nutrition subsidies of 3 yuan per day went to 1.12 million rural pupils": a verb of going with
// "to" before a count says who received the subject, as "X were granted to N households" does.
// The count is those who got it ("Rural pupils that got nutrition subsidies"), not something the
// subject went by.
import type { Token } from "./nlp.js";

/** Verbs whose subject goes to the count after "to". */
const GOING = new Set(["go", "flow", "pass"]);

/**
 * Whether the active verb at `verbAt` is a verb of going whose "to" (and an article) stands right
 * before the figure's first token `first`.
 */
export function wentTo(tokens: Token[], verbAt: number, first: number): boolean {
  const verb = tokens[verbAt];
  if (verb?.pos !== "VERB" || !GOING.has(verb.lemma) || tokens[verbAt - 1]?.lemma === "be") return false;
  let to = first - 1;
  if (tokens[to]?.pos === "DET") to--;
  return to === verbAt + 1 && tokens[to]!.lemma === "to";
}
