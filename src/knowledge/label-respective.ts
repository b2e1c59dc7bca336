// "A and B received X and Y Yuan respectively": a subject that is a list of names, as long as the
// "respectively" list of figures its verb acts on, pairs each figure with the name at its position
// (X is A's, Y is B's). label-lists.ts finds the figures' list; this module reads the names.
import type { Token } from "./nlp.js";

/** Words a name of the subject's list is made of ("the Jiangsu Charity Federation", "Meizhou City"). */
const NAME_POS = new Set(["DET", "PROPN", "NOUN", "ADJ"]);

/** A word of a name: a noun, or any capitalised word ("Cross" in "the Red Cross Society", read as a verb). */
const nameWord = (t: Token) => NAME_POS.has(t.pos) || (/^\p{Lu}/u.test(t.text) && /\p{L}/u.test(t.text));

/** The longest a subject's list may be read for: a respectively list longer than this is rare. */
const MAX_NAMES = 6;

/**
 * The names of the subject right before `verbAt`, when it is a list of exactly `length` noun
 * phrases parted by commas and a last "and" ("Suqian City and Lianyungang City received …"), and
 * the list is the whole subject: the clause starts right before it (sentence start, a comma, "of
 * which", a fronted phrase's comma), so "the income of farmers in A and B" is no such list. Each
 * name is returned as written, with its article ("the Jiangsu Poverty Alleviation Foundation"), and
 * `start` is the first name's token.
 */
export function respectiveSubjects(
  tokens: Token[],
  verbAt: number,
  length: number,
): { names: string[]; start: number } | undefined {
  if (length < 2 || length > MAX_NAMES) return undefined;
  const names: string[] = [];
  let i = verbAt - 1;
  while (tokens[i]?.pos === "ADV") i--;
  for (;;) {
    const end = i;
    while (i >= 0 && nameWord(tokens[i]!)) i--;
    const span = tokens.slice(i + 1, end + 1);
    // A name holds a noun or a name, not only an article or adjectives.
    if (!span.some((t) => t.pos === "PROPN" || t.pos === "NOUN")) return undefined;
    // An article only opens a name: "the cities the province …" is no name.
    if (span.slice(1).some((t) => t.pos === "DET")) return undefined;
    names.unshift(text(span));
    if (names.length === length) break;
    if (names.length === 1) {
      if (tokens[i]?.lemma !== "and") return undefined;
      i--;
      if (tokens[i]?.text === ",") i--;
    } else {
      if (tokens[i]?.text !== ",") return undefined;
      i--;
    }
  }
  // The list is the clause's whole subject: what stands before it opens a clause.
  const before = tokens[i];
  const opens =
    before === undefined ||
    [",", ";", ":", "("].includes(before.text) ||
    (before.lemma === "which" && tokens[i - 1]?.lemma === "of");
  return opens ? { names, start: i + 1 } : undefined;
}

/** Tokens as written, with the spacing of the sentence. */
function text(span: Token[]): string {
  return span.map((t, k) => (k > 0 && span[k - 1]!.end !== t.start ? ` ${t.text}` : t.text)).join("");
}
