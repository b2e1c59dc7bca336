// 比 says "than" (A比B多) only as a word of its own; it also opens nouns of their own (比例 "share",
// 比重 "proportion", 比率 "ratio"), and there it compares nothing: "占总目标的比例是多少" asks a share,
// not whether "占总目标的" is more than "例是". The readers of "A比B" forms match 比 by character, so
// a 比 that jieba reads inside a noun is hidden from them while they match, and given back after.
import { taggedWords } from "./zh-gloss.js";

// A character no question holds (Unicode private use), standing for a 比 that is not "than".
const HIDDEN = "\uE000";

/** `text` with every 比 that opens a noun (比例, 比重) hidden, so only the word 比 ("than") matches /比/. */
export function hideNounThan(text: string): string {
  if (!text.includes("比")) return text;
  return taggedWords(text)
    .map(({ word, tag }) =>
      word.length > 1 && word.startsWith("比") && tag.startsWith("n") ? HIDDEN + word.slice(1) : word,
    )
    .join("");
}

/** Text read from hideNounThan's output with its hidden 比 given back. */
export const restoreThan = (text: string) => text.replaceAll(HIDDEN, "比");
