// People in a chat shorten a name the report writes out to its initials ("wb" for the World Bank,
// "rp" for the Rain Plan). A token that is no English word and no word of the report, whose letters
// are the initials of exactly one capitalised name the report uses, stands for that name.
import { isEnglishWord } from "./background.js";
import { getOrInsertComputed } from "../util/maps.js";

// A name: two to six capitalised words, with the small words English leaves in lower case inside one
// ("Ministry of Finance", "State Council Leading Group Office of Poverty"). Not "and": it joins two
// names as often as it sits inside one ("Song County and Sui County").
const NAME = /\b\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|for|the|on)\s+)?\p{Lu}[\p{L}-]*){1,5}/gu;
const SMALL_WORDS = /^(?:of|for|the|on)$/i;
// A sentence's first word is capitalised for the sentence, not for a name ("The", "In October").
const SENTENCE_OPENERS = /^(?:The|In|On|At|By|As|For|From|Since|After|Before|During|With|To|A|An)\s+/;
// Shorter initials are too often something else; longer ones are rarely typed.
const MIN_LETTERS = 2;
const MAX_LETTERS = 6;

/** Initials → the one name they stand for, from the report's sentences; ambiguous initials dropped. */
export function initialismsOf(sentences: Iterable<string>): Map<string, string> {
  const found = new Map<string, Set<string>>();
  for (const sentence of sentences)
    for (const m of sentence.matchAll(NAME)) {
      const name = m[0].replace(SENTENCE_OPENERS, "");
      const words = name.split(/\s+/);
      if (words.length < 2 || SMALL_WORDS.test(words[0]!)) continue;
      const big = words.filter((w) => !SMALL_WORDS.test(w));
      // Both ways people write them: "mf" and "mof" for the Ministry of Finance.
      for (const letters of new Set([initials(big), initials(words)]))
        if (letters.length >= MIN_LETTERS && letters.length <= MAX_LETTERS)
          getOrInsertComputed(found, letters, () => new Set<string>()).add(name);
    }
  const out = new Map<string, string>();
  for (const [letters, names] of found) if (names.size === 1) out.set(letters, [...names][0]!);
  return out;
}

const initials = (words: string[]) => words.map((w) => w[0]!.toLowerCase()).join("");

/**
 * The question with each initialism written out as its name: only a token in lower or upper case
 * alone that is neither English nor a word the report has (`known`).
 */
export function expandInitialisms(
  question: string,
  names: ReadonlyMap<string, string>,
  known: (word: string) => boolean,
): string {
  if (names.size === 0) return question;
  return question.replace(/(?<![\p{L}\p{N}])\p{L}{2,6}(?![\p{L}\p{N}])/gu, (token) => {
    if (token !== token.toLowerCase() && token !== token.toUpperCase()) return token;
    const letters = token.toLowerCase();
    const name = names.get(letters);
    if (!name || known(letters) || isEnglishWord(letters)) return token;
    return name;
  });
}

// Built once per list of sections (one per knowledge base).
const bySections = new WeakMap<object, Map<string, string>>();
/** The initialisms of a knowledge base's names, built on first use. */
export function initialismsFor(kb: {
  sections: readonly { sentences: readonly string[] }[];
}): Map<string, string> {
  return getOrInsertComputed(bySections, kb.sections, () =>
    initialismsOf(kb.sections.flatMap((s) => s.sentences)),
  );
}
