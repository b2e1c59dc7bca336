// A part of an "of which" whole told by where it is: "the drinking water safety problem of 1.46
// million rural people was solved, of which 820,000 people were in the 58 contiguous counties".
// The part is the whole's measure in that place, so its label is the whole's with the place; read
// by clauseLabel in labels.ts.
import type { Context, FigureSpan } from "./label-figure.js";
import { lastToken } from "./label-figure.js";
import { chunkRight, lowerFirst, labelWithoutUnit } from "./label-phrases.js";
import type { Token } from "./nlp.js";

/** Prepositions of a place a part "was in". */
const PLACE_PREPOSITIONS = new Set(["in", "at", "from"]);

/**
 * The label of a count that is a part of a count of the same unit (its "of which" whole) and is
 * said to be in a place ("N people were in X"): the whole's label and "in X" (X's own count left
 * out, a figure of its own). Undefined for any other shape.
 */
export function partInPlace(
  tokens: Token[],
  fig: FigureSpan,
  ctx: Context,
  first: number,
): string | undefined {
  const whole = ctx.total;
  if (fig.kind !== "count" || whole?.kind !== "count" || !whole.unit || whole.unit !== fig.unit)
    return undefined;
  const last = lastToken(tokens, fig, first);
  const be = tokens[last + 1];
  const prep = tokens[last + 2];
  if (be?.lemma !== "be" || !PLACE_PREPOSITIONS.has(prep?.lemma ?? "")) return undefined;
  let at = last + 3;
  while (tokens[at]?.pos === "DET") at++;
  while (tokens[at]?.pos === "NUM") at++;
  const place = chunkRight(tokens, at).text;
  if (!place) return undefined;
  return `${labelWithoutUnit(whole.label)} ${prep!.text} the ${lowerFirst(place).replace(/^the\s+/, "")}`;
}
