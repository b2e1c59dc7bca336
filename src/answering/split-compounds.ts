// "pipe lines" where the report writes "pipelines", "work force" for "workforce": a compound
// typed as two words is the report's one word when neither part is a word of the report and the
// two written together (or hyphened) are. Searched as its parts, each part would be an unknown
// word charged at full weight, and the report's own word would go unmatched.
import { stem, type Word } from "../text/words.js";

/**
 * The question's words with each such adjacent pair (adjacent in `english`, the question's text)
 * read as the one report word; the words unchanged when there is none.
 */
export function joinSplitCompounds(
  words: readonly Word[],
  english: string,
  hasTerm: (term: string) => boolean,
): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1];
    const joined = b ? reportCompound(a, b, english, hasTerm) : undefined;
    if (joined) {
      out.push(joined);
      i++;
    } else out.push(a);
  }
  return out;
}

const LETTERS = /^[a-z]+$/;

function reportCompound(
  a: Word,
  b: Word,
  english: string,
  hasTerm: (term: string) => boolean,
): Word | undefined {
  if (!LETTERS.test(a.surface) || !LETTERS.test(b.surface)) return undefined;
  if (hasTerm(a.stem) || hasTerm(b.stem)) return undefined;
  if (!new RegExp(`\\b${a.surface}\\s+${b.surface}\\b`, "i").test(english)) return undefined;
  for (const surface of [`${a.surface}${b.surface}`, `${a.surface}-${b.surface}`]) {
    const s = stem(surface);
    if (hasTerm(s)) return { surface, stem: s };
  }
  return undefined;
}
