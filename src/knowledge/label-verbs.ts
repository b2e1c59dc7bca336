// Verbs in a label. A figure is often the object of a verb that is not its clause's main verb: a
// participle after a comma ("…, covering 3,895 villages"), an infinitive of purpose ("… small loans
// to help 21,000 households develop …") or a relative clause ("…, which drove 98,000 households …").
// Its label then reads as the noun acted on, the verb as a past participle and who acted: "Poor
// villages covered by small loans", not "Poor villages covering".
import type { Token } from "./nlp.js";

/** How the verb at `at` attaches to the clause before it, when it is not the clause's own verb. */
export type Adjunct = "participle" | "infinitive" | "relative";

export function adjunctOf(tokens: Token[], at: number): Adjunct | undefined {
  const verb = tokens[at]!;
  const prev = tokens[at - 1];
  // "were helped to raise N cattle, and to plant M hectares": the second infinitive completes the
  // same verb as the first, so it is no adjunct either.
  if (seriesInfinitive(tokens, at) >= 0) return undefined;
  if (/ing$/.test(verb.text) && (prev === undefined || prev.text === ",")) return "participle";
  // "… to help N households": not "expected to train", where the infinitive completes a verb.
  if (prev?.lemma === "to" && prev.pos === "PART" && tokens[at - 2]?.pos !== "VERB") return "infinitive";
  if ((prev?.lemma === "which" || prev?.lemma === "that") && prev.pos === "PRON") return "relative";
  // "58,600 were students …, who received a subsidy of N": a relative clause about persons.
  if (prev?.lemma === "who" && tokens[at - 2]?.text === ",") return "relative";
  return undefined;
}

/**
 * "helped to raise …, and to plant …": for an infinitive joined by "and" to an earlier infinitive
 * that completes a verb, the index of that earlier infinitive's verb; else -1. Not across ";".
 */
export function seriesInfinitive(tokens: Token[], at: number): number {
  if (tokens[at - 1]?.lemma !== "to" || tokens[at - 2]?.pos !== "CCONJ") return -1;
  for (let k = at - 3; k > 0; k--) {
    if (tokens[k]!.text === ";") return -1;
    if (tokens[k]!.lemma === "to" && tokens[k - 1]?.pos === "VERB" && tokens[k + 1]?.pos === "VERB")
      return k + 1;
  }
  return -1;
}
