// The figure a label is read for and what its sentence read before it: the types labels.ts and the
// modules its clause reading is split into share, and the words a figure with no noun of its own is.
import type { Placed } from "./label-lists.js";
import type { Token } from "./nlp.js";
import { SCALE_WORDS } from "./numbers.js";

export type FigureSpan = { start: number; end: number; kind: string; written: string; unit?: string };
/** The label, the year when the sentence ties the figure to another one, and the bare noun phrase. */
/** `ofWhole`: the unit is the one of the whole this figure is a part of, over any noun read after it. */
export type GrammarLabel = {
  label: string;
  year?: number;
  head?: string;
  place?: boolean;
  unit?: string;
  ofWhole?: boolean;
};
/** The sentence's figures before this one, in order: their labels, kinds, and whether the rules read them. */
export type Before = GrammarLabel & { kind: string; read: boolean; at?: number };
/** `figures`: every figure of the sentence in order, and `index` this one's place among them. */
export type Context = {
  region: string;
  year: number | null;
  before?: Before[];
  totalHead?: string;
  /** The whole of the "of which" breakdown the figure is a part of, when its label was read. */
  total?: Before;
  figures?: Placed[];
  index?: number;
};

/** What a figure of each kind is, when the sentence names no noun for it. */
export const NO_NOUN: Record<string, string> = { money: "Funds", length: "Length", area: "Area" };

// "412", "1.2 million", "48.6 ten thousand", "17 305" (grouped by thin spaces, spaced-thousands.ts):
// the number a count is written with, before its noun.
const LEADING_NUMBER = new RegExp(String.raw`^[\d.,\u2009]+(?:\s+(?:${SCALE_WORDS})\b)?\s*`, "i");

/** The noun a count is written with after its number ("412 villages": "villages"), or undefined. */
export function countedNoun(fig: { kind: string; written: string }): string | undefined {
  if (fig.kind !== "count") return undefined;
  const counted = fig.written.replace(LEADING_NUMBER, "");
  return /[A-Za-z]/.test(counted) ? counted : undefined;
}

/** The figure's last token, from its first (`first`). */
export function lastToken(tokens: Token[], fig: FigureSpan, first: number): number {
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < fig.end) last++;
  return last;
}

/**
 * A rule for one sentence shape, tried by clauseLabel in turn: the label the shape gives the figure
 * (clauseLabel adds the year), or undefined when the figure's sentence has another shape.
 */
export type ClauseShape = (
  tokens: Token[],
  fig: FigureSpan,
  ctx: Context,
  first: number,
) => string | undefined;

/**
 * The head a part of a whole borrows: the whole's, without the word that made it the whole ("The
 * total investment was N, of which M was from the lottery fund": M is investment from the fund, no
 * total of anything).
 */
export function partHead(head: string): string {
  const part = head.replace(/^total\s+/i, "");
  return part === head || part.length === 0 ? head : part.charAt(0).toUpperCase() + part.slice(1);
}
