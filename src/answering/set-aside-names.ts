// "Besides the four pilot towns, which other towns …", "Apart from X, what other projects …": the
// names the question sets aside are not the answer. A sentence that names the set-aside group (it
// holds every word of the phrase) lists those names, so the names are read from the other sentences.
import { contentWords } from "../text/words.js";

const SET_ASIDE =
  /^\s*(?:besides|apart from|aside from|other than|except(?: for)?|in addition to)\s+(.+?),\s*(?:which|what)\s+other\b/i;

/** The content-word stems of the group a question sets aside before "which other", or undefined. */
export function setAsideStems(english: string): string[] | undefined {
  const m = SET_ASIDE.exec(english);
  if (!m) return undefined;
  const stems = contentWords(m[1]!)
    .map((w) => w.stem)
    .filter((s) => /[a-z]/.test(s));
  return stems.length > 0 ? stems : undefined;
}

/** Whether the sentence names the set-aside group: it holds every one of its words. */
export function namesSetAside(sentence: string, stems: readonly string[]): boolean {
  const own = new Set(contentWords(sentence).map((w) => w.stem));
  return stems.every((s) => own.has(s));
}
