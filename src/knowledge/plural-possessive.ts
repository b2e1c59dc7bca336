// "farmers' cooperatives", "herdsmen's and farmers' income": the tagger reads the apostrophe of a
// plural possessive as punctuation, which ends the noun phrase there, so a label read back from a
// figure loses the owner ("Herdsmen's cooperatives" of "the number of farmers' and herdsmen's
// cooperatives"). Written straight after a plural noun, the apostrophe is the possessive "'s" is.
import type { Token } from "./nlp.js";

const APOSTROPHE = /^['’]$/;

/** The tokens with each plural possessive's apostrophe read as the possessive particle. */
export function pluralPossessives(tokens: Token[]): Token[] {
  for (const [i, t] of tokens.entries()) {
    const before = tokens[i - 1];
    if (!APOSTROPHE.test(t.text) || !before || before.end !== t.start) continue;
    if (!["NOUN", "PROPN"].includes(before.pos) || !/s$/i.test(before.text)) continue;
    tokens[i] = { ...t, pos: "PART", lemma: "'s" };
  }
  return tokens;
}
