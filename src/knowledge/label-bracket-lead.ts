// "Hubei Province (2.35 billion yuan, for Lhasa City)", "the county fund (N yuan, the
// largest so far)": a figure that opens a bracket after a noun phrase and is followed, inside the
// bracket, only by a comma and words about it is still what that phrase names, as a figure alone in
// brackets is ("a poor population (6.03 million)"). Another number before the bracket closes makes
// it a list of figures ("(N households, M people)"), each read by its own rule; but not a change
// written after it ("the income of herders (N yuan, an increase of P%)", "(N yuan, up P%)"): that
// is the figure's own growth, one more word about it.
import type { Token } from "./nlp.js";
import { CHANGE_NOUNS } from "./label-phrases.js";

/** The most tokens the words after the comma may run before the bracket closes. */
const GLOSS_MAX_TOKENS = 30;

/** Whether the number at `i` is written as a change: "up P%", "down P%", "an increase of P%". */
const writtenAsChange = (tokens: Token[], i: number) =>
  ["up", "down"].includes(tokens[i - 1]?.lemma ?? "") ||
  (tokens[i - 1]?.lemma === "of" && CHANGE_NOUNS.has(tokens[i - 2]?.lemma ?? ""));

/** Whether the token at `after` (right after a bracketed figure) closes the bracket or opens such a gloss. */
export function closesOrGlosses(tokens: Token[], after: number): boolean {
  if (tokens[after]?.text === ")") return true;
  if (tokens[after]?.text !== ",") return false;
  for (let i = after + 1; i < tokens.length && i <= after + GLOSS_MAX_TOKENS; i++) {
    const t = tokens[i]!;
    if (t.text === ")") return i > after + 1;
    if (t.text === "(" || (t.pos === "NUM" && /\d/.test(t.text) && !writtenAsChange(tokens, i))) return false;
  }
  return false;
}

/**
 * "Hubei Province (2.35 billion yuan)", "Heze City (412 villages)": a figure in brackets right
 * after a proper name is that name's: "Funds of Hubei Province", "Villages of Heze City". A common
 * noun phrase before the bracket names what the figure is instead (bracketedFor). `open`: the
 * bracket's token; `noun`: what the figure counts or measures ("Funds" for an amount).
 */
export function bracketedNameLabel(
  tokens: Token[],
  open: number,
  noun: string | undefined,
): string | undefined {
  if (!noun) return undefined;
  let start = open;
  while (start > 0 && isNamePart(tokens[start - 1]!)) start--;
  const name = tokens.slice(start, open);
  if (!name.some((t) => t.pos === "PROPN")) return undefined;
  return `${noun} of ${name.map((t) => t.text).join(" ")}`;
}

/**
 * A word of a proper name: a capitalised word the tagger may read as a noun, a verb or an adjective
 * ("Hubei", "Province", "Tianjin"), never a closed-class word ("The", "And").
 */
const isNamePart = (t: Token) => NAME_TAGS.has(t.pos) && /^\p{Lu}/u.test(t.text);
const NAME_TAGS = new Set(["PROPN", "NOUN", "VERB", "ADJ"]);
