// Figures written as a list ("moved 5,853 households and 24,756 people out of mountain areas",
// "respectively 17.06% and 12.53% beyond the scheduled task"): which figures form one list, and how a
// "respectively" list pairs each of its figures with a figure before it. labels.ts reads the words
// around the list; this module only finds lists, by the figures' offsets and the tokens between them.
import { isPartitiveWholeFigure } from "./clause-whole.js";
import type { Token } from "./nlp.js";

/** A figure's place in its sentence (character offsets) and its kind. */
export type Placed = { start: number; end: number; kind: string };

/** Tokens wholly between two offsets. */
const between = (tokens: Token[], from: number, to: number) =>
  tokens.filter((t) => t.start >= from && t.end <= to);

/** Two figures of one kind with only "and" or commas between them: items of one list. */
const joined = (tokens: Token[], a: Placed, b: Placed) => {
  if (a.kind !== b.kind) return false;
  const gap = between(tokens, a.end, b.start);
  return gap.length > 0 && gap.length <= 2 && gap.every((t) => t.lemma === "and" || t.text === ",");
};

/** The figures of the list that holds figure `at` (indexes into `figures`, in order). */
export function figureRun(tokens: Token[], figures: Placed[], at: number): { from: number; to: number } {
  let from = at;
  let to = at;
  // "Of the 520 cooperatives, 310 and 210 …": the whole a clause opens on is no item of its parts' list.
  const item = (f: Placed) => !isPartitiveWholeFigure(tokens, tokenAt(tokens, f.start));
  while (from > 0 && joined(tokens, figures[from - 1]!, figures[from]!) && item(figures[from - 1]!)) from--;
  while (to + 1 < figures.length && joined(tokens, figures[to]!, figures[to + 1]!) && item(figures[to]!))
    to++;
  return { from, to };
}

/** The index of the first token at or after a character offset. */
export const tokenAt = (tokens: Token[], offset: number) => {
  const i = tokens.findIndex((t) => t.start >= offset);
  return i < 0 ? tokens.length : i;
};

/**
 * A "respectively" list holding figure `at`: its position in the list, the list's length, where the
 * list starts (character offset: the figures it pairs with come before it) and the token index where
 * the words the list shares begin ("beyond the scheduled task"). Written either way round:
 * "respectively P and Q beyond …" or "P and Q beyond …, respectively".
 */
export function respectivelyList(
  tokens: Token[],
  figures: Placed[],
  at: number,
): { position: number; length: number; listStart: number; sharedFrom: number } | undefined {
  const run = figureRun(tokens, figures, at);
  if (run.to === run.from) return undefined;
  const first = figures[run.from]!;
  const last = figures[run.to]!;
  const before = tokens[tokenAt(tokens, first.start) - 1];
  const afterAt = tokenAt(tokens, last.end);
  const leading = before?.lemma === "respectively";
  if (!leading && !closedByRespectively(tokens, afterAt)) return undefined;
  return {
    position: at - run.from,
    length: run.to - run.from + 1,
    listStart: leading ? before!.start : first.start,
    sharedFrom: afterAt,
  };
}

/**
 * "… above the plan, respectively": the word closes the clause that follows the list. Followed by a
 * number ("moved N households and M people out of …, respectively P% and Q% beyond …") it leads the
 * next list instead, and this one is the list that next one pairs with.
 */
function closedByRespectively(tokens: Token[], from: number): boolean {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.lemma === "respectively") return tokens[i + 1]?.pos !== "NUM";
    if (t.pos === "NUM" || [";", ":", "(", ")"].includes(t.text) || t.pos === "VERB") return false;
  }
  return false;
}

const NAME_WORD = new Set(["NOUN", "PROPN", "ADJ"]);

/**
 * "the income of farmers in Butuo County, Zhaojue County and Meigu County reached N, M and P
 * respectively": the subject ends in a list of names as long as the figures' list, after a
 * preposition; each figure is the subject's noun phrase for the name at its own position. `verbAt`:
 * the linking verb right before the figures. Returns the words before the names ("the income of
 * farmers in") and the names, or undefined when the subject holds no such list.
 */
export function respectiveNames(
  tokens: Token[],
  verbAt: number,
  length: number,
): { prefix: string; names: string[] } | undefined {
  const names: string[] = [];
  let i = verbAt - 1;
  for (;;) {
    const end = i;
    while (i >= 0 && NAME_WORD.has(tokens[i]!.pos)) i--;
    if (i === end) return undefined;
    names.unshift(text(tokens.slice(i + 1, end + 1)));
    if (names.length === length) break;
    const next = beforeSeparator(tokens, i, names.length);
    if (next === undefined) return undefined;
    i = next;
  }
  // The names stand after a preposition ("in", "of"), inside the subject's noun phrase.
  if (tokens[i]?.pos !== "ADP") return undefined;
  let start = i;
  while (start > 0 && !/^[;:,(]$/.test(tokens[start - 1]!.text) && tokens[start - 1]!.pos !== "VERB") start--;
  const prefix = tokens.slice(start, i + 1);
  if (prefix.length < 2 || !prefix.some((t) => t.pos === "NOUN")) return undefined;
  return { prefix: text(prefix), names };
}

/** Tokens as written, with the spacing of the sentence (a glued hyphen stays glued). */
export function text(span: Token[]): string {
  return span.map((t, k) => (k > 0 && span[k - 1]!.end !== t.start ? ` ${t.text}` : t.text)).join("");
}

/**
 * Steps left over what parts a name from the one before it in an "A, B and C" list read right to
 * left: "and" (or ", and") before the last name, a comma before the others. `read`: the names read
 * so far. The index before the separator, or undefined where the list ends.
 */
export function beforeSeparator(tokens: Token[], i: number, read: number): number | undefined {
  if (read === 1) {
    if (tokens[i]?.lemma !== "and") return undefined;
    return tokens[i - 1]?.text === "," ? i - 2 : i - 1;
  }
  return tokens[i]?.text === "," ? i - 1 : undefined;
}
