// The names a report writes capitalised ("Song County", "the Rain Plan", "World Bank") and its
// section titles, as people type them in a chat: in lower case. A question that writes one names
// whose figure it wants as surely as one that capitalises it (engine.ts namesMatched).
import type { SearchIndex } from "./search-index.js";
import { capitalisedNames } from "./names.js";
import { getOrInsertComputed } from "../util/maps.js";

type NamesByFirstWord = Map<string, string[]>;
const byIndex = new WeakMap<SearchIndex, NamesByFirstWord>();

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];

// Looked up by first word, so a question costs its own words, not a pass over every name.
function namesOf(index: SearchIndex, extra: readonly string[]): NamesByFirstWord {
  return getOrInsertComputed(byIndex, index, () => {
    const map: NamesByFirstWord = new Map();
    const add = (name: string) => {
      const words = wordsOf(name);
      if (words.length < 2) return;
      const list = getOrInsertComputed(map, words[0]!, () => []);
      const joined = words.join(" ");
      if (!list.includes(joined)) list.push(joined);
    };
    for (const s of index.kb.sections) {
      add(s.title);
      // A run joined by "and" ("Lushi County and Sui County") is two names as well as one.
      for (const sentence of s.sentences)
        for (const name of capitalisedNames(sentence))
          for (const part of [name, ...name.split(/\s+and\s+/)]) add(part);
    }
    for (const name of extra) add(name);
    return map;
  });
}

/** The report's names (two words or more) that a question writes in any case, longest first where they overlap. */
export function reportNamesIn(question: string, index: SearchIndex, extra: readonly string[] = []): string[] {
  const names = namesOf(index, extra);
  const words = wordsOf(question);
  const found: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const candidates = names.get(words[i]!);
    if (!candidates) continue;
    const longest = candidates
      .filter((name) => {
        const parts = name.split(" ");
        return parts.every((p, k) => words[i + k] === p);
      })
      .sort((a, b) => b.length - a.length)[0];
    if (longest) {
      found.push(longest);
      i += longest.split(" ").length - 1;
    }
  }
  return found;
}
