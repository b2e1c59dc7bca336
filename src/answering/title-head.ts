// People name a programme by the words of its title that say which one ("the whole-village
// revamps", "the entire-village drives" for "Entire village advancement") and a head noun of
// their own for what it is. That head is the asker's word for the title's own head: it says nothing
// the title's other words have not said, so it should not count against the question as an
// unknown topic would. It is not corrected into the title's head either (a wrong report word would
// then match as if asked): it only weighs less (rank.ts).
import type { SearchIndex } from "./search-index.js";
import { STOPWORDS, stem, words } from "../text/words.js";
import { getOrInsertComputed } from "../util/maps.js";

/** Words before a title's head that must all be asked: one alone ("village doctors") picks out nothing. */
export const MIN_TITLE_MODIFIERS = 2;

// The titles of every section, as the stems of the words before their head, keyed by the last of
// them (the word just before the asker's own head), once per index: a question's unknown noun is
// looked up by the word before it, never by scanning the sections.
const byLastModifier = new WeakMap<SearchIndex, Map<string, string[][]>>();
function titleModifiers(index: SearchIndex): Map<string, string[][]> {
  return getOrInsertComputed(byLastModifier, index, () => {
    const out = new Map<string, string[][]>();
    for (const section of index.kb.sections) {
      // A title of content words only ("Entire village advancement"): in "Investment of
      // anti-poverty funds" the head comes first, and its last word is no head.
      const parts = words(section.title).filter((w) => !w.includes("-"));
      if (parts.some((w) => STOPWORDS.has(w)) || parts.length < MIN_TITLE_MODIFIERS + 1) continue;
      const modifiers = parts.slice(0, -1).map((w) => stem(w));
      const last = modifiers.at(-1)!;
      const list = out.get(last) ?? [];
      if (!list.some((m) => m.join(" ") === modifiers.join(" "))) list.push(modifiers);
      out.set(last, list);
    }
    return out;
  });
}

/**
 * Whether the question words just before a noun (`before`, nearest last: each word's indexed term
 * and alternatives) are all the words of a section title before its head, in order: the noun is
 * then the asker's own head for that title ("whole village" + "revamp"). The caller gives only words
 * that stand next to each other in the question (rank.ts contiguousBefore).
 */
export function headsATitle(before: readonly ReadonlySet<string>[], index: SearchIndex): boolean {
  const last = before.at(-1);
  if (!last) return false;
  const titles = titleModifiers(index);
  for (const term of last)
    for (const modifiers of titles.get(term) ?? []) {
      if (modifiers.length > before.length) continue;
      const asked = before.slice(before.length - modifiers.length);
      if (modifiers.every((m, i) => asked[i]!.has(m))) return true;
    }
  return false;
}
