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
  // "Jiangsu Province, which under the east-west cooperation mechanism provided N": a phrase put
  // between the pronoun and its verb.
  if (relativePronounAt(tokens, at) >= 0) return "relative";
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

/** The longest phrase read between a relative pronoun and its verb ("which under the X mechanism"), in tokens. */
const FRONTED_PHRASE_MAX_TOKENS = 8;

/**
 * The index of the relative pronoun ("which", "that", "who") the verb at `at` belongs to: right
 * before it, or before a prepositional phrase put between them ("which under the east-west
 * cooperation mechanism provided …"); -1 when the verb follows none.
 */
export function relativePronounAt(tokens: Token[], at: number): number {
  const isPronoun = (t: Token | undefined) =>
    t?.pos === "PRON" && (t.lemma === "which" || t.lemma === "that" || t.lemma === "who");
  if (isPronoun(tokens[at - 1])) return at - 1;
  let i = at - 1;
  const phrase = (t: Token) => ["NOUN", "PROPN", "ADJ", "DET"].includes(t.pos) || t.text === "-";
  while (i > 0 && at - i <= FRONTED_PHRASE_MAX_TOKENS && phrase(tokens[i]!)) i--;
  return i < at - 1 && tokens[i]?.pos === "ADP" && isPronoun(tokens[i - 1]) && tokens[i - 2]?.text === ","
    ? i - 1
    : -1;
}
