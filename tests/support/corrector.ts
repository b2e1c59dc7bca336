// A corrector over a made-up list of report words, and what it takes a typed word to mean: the
// term meant, or the kind of answer when it finds none.
import { corrector } from "../../src/answering/corrector.js";
import { stem } from "../../src/text/words.js";

/** What the respeller reads of a report: its words, their stems, and the corrector over them. */
export function respellerOver(reportWords: readonly string[]) {
  const vocabulary = new Map(reportWords.map((w) => [w, stem(w)]));
  const terms = new Set(vocabulary.values());
  const hasTerm = (t: string) => terms.has(t);
  return { vocabulary, hasTerm, resolve: corrector(vocabulary, hasTerm) };
}

export function correctorOver(reportWords: readonly string[]) {
  const vocabulary = new Map(reportWords.map((w) => [w, stem(w)]));
  const terms = new Set(vocabulary.values());
  const resolve = corrector(vocabulary, (t) => terms.has(t));
  const meant = (surface: string) => {
    const found = resolve(surface, stem(surface));
    return found?.kind === "term" ? found.term : found?.kind;
  };
  return { resolve, meant };
}
