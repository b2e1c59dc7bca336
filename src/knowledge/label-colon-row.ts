// A statistical table flattened into sentences: "Central financial funds: 1.216 billion yuan; up
// 24.1%.", "Of which: transfer employment skill training: 38,400 person-times; …". Each row names
// its measure before a colon and gives the figure after it, and often the figure's change after a
// semicolon. No verb says what the figure is: the row's name does, and the change after it is the
// growth of that name. (A list of place names with their figures is named-rows.ts.)
import type { Context, FigureSpan } from "./label-figure.js";
import { text } from "./label-lists.js";
import { lowerFirst } from "./label-phrases.js";
import type { Token } from "./nlp.js";

/** A row's name is a phrase of a few words: a longer run before a colon is a sentence. */
const ROW_NAME_MAX_TOKENS = 14;
const CURRENCY = /^(?:RMB|CNY|¥|￥)$/;
/** What ends the run of words before a row's colon: the sentence's start, a row before it, a list's lead. */
const ROW_START = new Set([";", ".", ":", "；", "：", "。"]);
/** Words that open a list of rows rather than name one ("Of which: …", "Including: …"). */
const LIST_LEAD = /^(?:of which|including|among them|in which)$/i;

/**
 * The name of the row the figure starting at token `first` opens ("Central financial funds" for
 * "…: 1.216 billion yuan"), or undefined when no phrase and colon stand right before it.
 */
export function rowName(tokens: Token[], first: number): string | undefined {
  let colon = first - 1;
  if (CURRENCY.test(tokens[colon]?.text ?? "")) colon--;
  if (!/^[:：]$/.test(tokens[colon]?.text ?? "")) return undefined;
  let start = colon;
  while (start > 0 && !ROW_START.has(tokens[start - 1]!.text)) start--;
  const name = tokens.slice(start, colon);
  if (name.length === 0 || name.length > ROW_NAME_MAX_TOKENS) return undefined;
  // No auxiliary, pronoun or number: "The main measures were: …" is a clause. A verb form alone
  // may be a modifier ("transfer employment skill training", "Planting area", "Funds allocated").
  const clause = name.some((t) => t.pos === "AUX" || t.pos === "PRON" || t.pos === "NUM");
  const words = text(name);
  if (clause || LIST_LEAD.test(words) || !/[A-Za-z]{3}/.test(words)) return undefined;
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The change written after a row's figure and a semicolon: "…: 398 million yuan; up 15.3%". */
const CHANGE_WORDS: Record<string, string> = { up: "Growth", down: "Decrease" };

/**
 * The label of a figure of a flattened table row: the row's name for its figure, "Growth of <name>
 * (percent)" for the change after it; undefined for a figure of any other shape.
 */
export function colonRowLabel(
  tokens: Token[],
  fig: FigureSpan,
  ctx: Context,
  first: number,
): string | undefined {
  const own = rowName(tokens, first);
  if (own) return own;
  const change = CHANGE_WORDS[tokens[first - 1]?.text.toLowerCase() ?? ""];
  if (!change || fig.kind !== "percent" || !ROW_START.has(tokens[first - 2]?.text ?? "")) return undefined;
  // The figure before the semicolon must itself open a row.
  const before = ctx.before?.filter((b) => b.at !== undefined).at(-1);
  if (!before) return undefined;
  const at = tokens.findIndex((t) => t.start >= before.at!);
  const name = at >= 0 ? rowName(tokens, at) : undefined;
  return name ? `${change} of ${lowerFirst(name)} (percent)` : undefined;
}
