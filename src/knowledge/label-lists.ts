// Figures written as a list ("moved 5,853 households and 24,756 people out of mountain areas",
// "respectively 17.06% and 12.53% beyond the scheduled task"): which figures form one list, and how a
// "respectively" list pairs each of its figures with a figure before it. labels.ts reads the words
// around the list; this module only finds lists, by the figures' offsets and the tokens between them.
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
  while (from > 0 && joined(tokens, figures[from - 1]!, figures[from]!)) from--;
  while (to + 1 < figures.length && joined(tokens, figures[to]!, figures[to + 1]!)) to++;
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

const CLAUSE_BREAK = new Set([";", ":", "(", ")"]);

/**
 * "the per capita net income of farmers in Butuo County, Zhaojue County and Meigu County reached
 * 4,286 yuan, 3,978 yuan and 3,912 yuan respectively": a "respectively" list paired with a list of
 * names before its verb. The label of the figure at `position` is what the clause measures in that
 * name ("Per capita net income of farmers in Zhaojue County"); undefined unless the names are as
 * many as the figures. `listStart`: the list's first figure, a character offset.
 */
export function namedRespectively(
  tokens: Token[],
  listStart: number,
  length: number,
  position: number,
): string | undefined {
  const verbAt = tokenAt(tokens, listStart) - 1;
  if (!["VERB", "AUX"].includes(tokens[verbAt]?.pos ?? "")) return undefined;
  let from = verbAt;
  while (from > 0 && !CLAUSE_BREAK.has(tokens[from - 1]!.text)) from--;
  const inAt = tokens.slice(from, verbAt).findLastIndex((t) => t.pos === "ADP") + from;
  if (inAt <= from) return undefined;
  // The head runs from the clause's last comma before the names ("In 2012, the … income").
  const headFrom = tokens.slice(from, inAt).findLastIndex((t) => t.text === ",") + from + 1;
  const head = textOf(tokens, headFrom, inAt).replace(/^(?:the|a|an)\s+/i, "");
  const names = textOf(tokens, inAt + 1, verbAt)
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .filter(Boolean);
  if (names.length !== length || !head) return undefined;
  return `${head.charAt(0).toUpperCase()}${head.slice(1)} ${tokens[inAt]!.text} ${names[position]}`;
}

/** The text of tokens [from, to), spaced as the sentence spaced them. */
function textOf(tokens: Token[], from: number, to: number): string {
  let out = "";
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    out += (i > from && t.start > tokens[i - 1]!.end ? " " : "") + t.text;
  }
  return out;
}
