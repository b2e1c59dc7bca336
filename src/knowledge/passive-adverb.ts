// "1,024 villages were newly connected by hardened roads": an adverb of manner or time between a
// passive's "be" and its participle ("newly", "successfully", "basically") says how, not what; the
// label rules read "were connected by …" as the figure's clause, so the adverb is read past, as
// bracket-gloss.ts reads past a gloss. Only an "-ly" adverb: "were not connected" keeps its "not".

import type { Token } from "./nlp.js";

const isParticiple = (t: Token | undefined) =>
  t?.pos === "VERB" && t.text !== t.lemma && /(?:ed|en|t)$/.test(t.text);

/** The tokens without "-ly" adverbs standing between a form of "be" and a past participle. */
export function withoutPassiveAdverbs(tokens: Token[]): Token[] {
  return tokens.filter(
    (t, i) =>
      !(
        t.pos === "ADV" &&
        /ly$/i.test(t.text) &&
        tokens[i - 1]?.lemma === "be" &&
        tokens[i - 1]?.pos === "AUX" &&
        isParticiple(tokens[i + 1])
      ),
  );
}
