// "the key counties (cities)", "prefectures (cities)": a bracket right after a noun that holds only
// one or two lower-case nouns gives another name for that noun, as a translator glosses 县（市）. It
// is no clause break: the noun phrase runs on past it ("farmers in the key counties (cities) for
// poverty alleviation reached N" has one subject), so the labelling reads the sentence without it.
// A bracket holding a number, a capitalised name (an abbreviation, "(IFAD)"), a verb or more words
// is an aside or a figure of its own and stays.
import type { Token } from "./nlp.js";

/** At most this many words inside a gloss: more is an aside. */
const GLOSS_MAX_WORDS = 2;

/** The index just past the gloss opening at `open` ("(" after a noun), or -1 when it is none. */
function glossEnd(tokens: Token[], open: number): number {
  if (tokens[open]?.text !== "(" || tokens[open - 1]?.pos !== "NOUN") return -1;
  // Only a few tokens are looked at: a bracket that stays open longer is no gloss.
  let k = open + 1;
  while (k < tokens.length && k <= open + GLOSS_MAX_WORDS && tokens[k]!.text !== ")") k++;
  const inner = tokens.slice(open + 1, k);
  const isGloss =
    tokens[k]?.text === ")" &&
    inner.length > 0 &&
    inner.length <= GLOSS_MAX_WORDS &&
    inner.every((t) => /^[a-z]+$/.test(t.text) && (t.pos === "NOUN" || t.pos === "PROPN"));
  return isGloss ? k + 1 : -1;
}

/** The tokens less each bracketed gloss of the noun before it (offsets are kept). */
export function withoutGlosses(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const end = glossEnd(tokens, i);
    if (end < 0) out.push(tokens[i]!);
    else i = end - 1;
  }
  return out;
}
