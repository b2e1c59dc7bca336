// A word cut short to its first letters ("sci" for science, "agri" for agriculture) is how people
// type a long word in a hurry. Such a clipping is no English word and no misspelling a letter or
// two from the report's word, so neither the dictionary nor the corrector finds it: the report's
// own words that begin with it do. A real English word ("pot", "con") is never read as a clipping:
// it means itself.
import type { SearchIndex } from "./search-index.js";
import { isEnglishWord } from "./background.js";
import { getOrInsertComputed } from "../util/maps.js";

/** Shortest clipping read: two letters begin too many words to say which. */
export const MIN_CLIPPING = 3;
/** A clipping drops at least this many letters (a word one letter short is a misspelling). */
const MIN_DROPPED = 2;
/** More report stems than this begin with it: it names no one word. */
const MAX_STEMS = 2;

const sortedWords = new WeakMap<Clipped, string[]>();

type Clipped = Pick<SearchIndex, "vocabulary" | "hasTerm">;

/**
 * The indexed stems of the report words `word` is a clipping of; [] when it is none. A clipping
 * takes the plural as the word it stands for does ("orgs" for organs, "depts" for departments).
 */
export function clippedFrom(word: string, index: Clipped): string[] {
  if (!/^[a-z]+$/.test(word) || isEnglishWord(word)) return [];
  const whole = clippingOf(word, index);
  // The singular may be a word of its own ("org"); the plural as typed is none, so it is a clipping.
  return whole.length > 0 || !word.endsWith("s") ? whole : clippingOf(word.slice(0, -1), index);
}

function clippingOf(word: string, index: Clipped): string[] {
  if (word.length < MIN_CLIPPING) return [];
  const words = getOrInsertComputed(sortedWords, index, () =>
    [...index.vocabulary.keys()].filter((w) => /^[a-z]+$/.test(w)).sort(),
  );
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  const stems = new Set<string>();
  for (let i = lo; i < words.length && words[i]!.startsWith(word); i++) {
    if (words[i]!.length - word.length < MIN_DROPPED) continue;
    const term = index.vocabulary.get(words[i]!)!;
    if (index.hasTerm(term)) stems.add(term);
    if (stems.size > MAX_STEMS) return [];
  }
  return [...stems];
}
