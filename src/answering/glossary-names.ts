// A glossary term whose English is written as a title of two words or more ("Rain Plan", "Spring Bud
// Program") is the name of a programme. A report may call that programme otherwise ("the Rain and
// Dew Program"), so its section titles do not hold the glossary's name; the name's words still name
// the programme and ask for no plan or target ("how many did the Rain Plan train" asks the result).
import type { Glossary } from "../knowledge/glossary.js";
import { getOrInsertComputed } from "../util/maps.js";

const TITLE_WORD = /^[A-Z]/;
const byGlossary = new WeakMap<Glossary, string[]>();

/** The glossary's English renderings written as titles, lowercased as questions are read. */
export function glossaryNames(glossary: Glossary): string[] {
  return getOrInsertComputed(byGlossary, glossary, () =>
    glossary.terms
      .map(([, english]) => english)
      .filter((english) => {
        const words = english.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w));
        return words.length >= 2 && words.every((w) => TITLE_WORD.test(w));
      })
      .map((english) => english.toLowerCase()),
  );
}
