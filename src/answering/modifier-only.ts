// "What was the GDP of the key counties?" of a report that says only "… centred on poverty
// reduction rather than on GDP growth": the passage names the thing asked about only as a modifier
// of another noun, so it is about that noun (growth), not the thing. It answers nothing asked.
import { tagSentence } from "../knowledge/nlp.js";
import { stem } from "../text/words.js";

const NOUNS = new Set(["NOUN", "PROPN"]);

/** Whether `sentences` name `thing` only as a modifier of the noun after it (and name it at all). */
export function namesOnlyAsModifier(sentences: readonly string[], thing: string): boolean {
  const asked = stem(thing.toLowerCase());
  let named = false;
  for (const sentence of sentences) {
    if (!sentence.toLowerCase().includes(thing.toLowerCase().slice(0, 3))) continue;
    const tokens = tagSentence(sentence);
    for (let i = 0; i < tokens.length; i++) {
      if (stem(tokens[i]!.text.toLowerCase()) !== asked) continue;
      if (!NOUNS.has(tokens[i + 1]?.pos ?? "")) return false;
      named = true;
    }
  }
  return named;
}
