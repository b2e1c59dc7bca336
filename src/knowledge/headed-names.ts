// "Weining Yi, Hui and Miao Autonomous County and Hezhang County received 23.5 million and 18.6
// million Yuan respectively": a name may itself hold commas and "and" (an autonomous county named
// after its peoples). Every name of such a list ends in the head word its last name ends in
// ("County"), so a piece without it that is all capitalised words ("Weining Yi", "Hui") is the
// start of the name after it.
import type { Token } from "./nlp.js";
import { text } from "./label-lists.js";

/** Words a listed name is made of: nouns, names, adjectives and capitalised words ("The", not "In"). */
const NAME_POS = new Set(["PROPN", "NOUN", "ADJ"]);
const NOT_IN_NAMES = new Set(["ADP", "SCONJ", "CCONJ", "PRON", "AUX", "VERB", "ADV", "NUM"]);
const nameWord = (t: Token) => NAME_POS.has(t.pos) || (/^\p{Lu}/u.test(t.text) && !NOT_IN_NAMES.has(t.pos));
const separator = (t: Token) => t.text === "," || t.lemma === "and";
const capitalised = (t: Token) => /^\p{Lu}/u.test(t.text);

/**
 * The `length` names of the subject ending at token `end` (the word before the verb), parted by
 * commas and "and", where a capitalised piece without the list's head word joins the piece after
 * it; `start` is the first name's token. The subject is read from the farthest start that `opens`
 * allows (what stands before it opens the clause). Undefined unless exactly `length` names result.
 */
export function headedNames(
  tokens: Token[],
  end: number,
  length: number,
  opens: (before: Token | undefined, at: number) => boolean,
): { names: string[]; start: number } | undefined {
  const head = tokens[end];
  if (!head || !capitalised(head) || !NAME_POS.has(head.pos)) return undefined;
  let leftmost = end;
  while (leftmost > 0 && (nameWord(tokens[leftmost - 1]!) || separator(tokens[leftmost - 1]!))) leftmost--;
  // The farthest start after a clause opener is the subject's; a list read from nearer would leave
  // a piece of it out.
  let start = leftmost;
  while (start < end && (separator(tokens[start]!) || !opens(tokens[start - 1], start - 1))) start++;
  const names = start < end ? namesFrom(tokens, start, end, head.text) : undefined;
  return names?.length === length ? { names, start } : undefined;
}

/** The names of tokens start..end, each ending in `head`, or undefined when a piece cannot join one. */
function namesFrom(tokens: Token[], start: number, end: number, head: string): string[] | undefined {
  const names: string[] = [];
  let from = start;
  let k = start;
  while (k <= end) {
    // One piece: the words up to the next separator.
    let to = k;
    while (to <= end && !separator(tokens[to]!)) to++;
    const piece = tokens.slice(k, to);
    if (piece.length === 0) return undefined;
    if (piece.at(-1)!.text === head) {
      names.push(text(tokens.slice(from, to)));
      from = to;
      while (from <= end && separator(tokens[from]!)) from++;
    } else if (!piece.every(capitalised)) return undefined;
    k = to;
    while (k <= end && separator(tokens[k]!)) k++;
  }
  return from > end ? names : undefined;
}
