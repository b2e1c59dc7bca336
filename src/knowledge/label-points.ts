// A gap between two rates in percentage points ("3 percentage points higher than the province's"):
// its label names both rates, and the answering layer reads the label back (answering/rate-gap.ts).
import { MAX_WORDS, phraseAfter } from "./label-phrases.js";
import type { Token } from "./nlp.js";

/** The words of a gap in points, those that put the first rate above the other first. */
export const GAP_ABOVE = ["higher", "more", "above", "faster", "greater"];

export const GAP_WORDS = [...GAP_ABOVE, "lower", "less", "below", "slower", "smaller"];

/** How the label of a gap in points begins (answering/rate-gap.ts reads it back). */
export const GAP_LABEL_START = "Percentage points";

export const COMPARATIVE = new RegExp(`^(?:${GAP_WORDS.join("|")})$`, "i");

/** "N percentage points higher than X": "Percentage points higher than X", else undefined. */
export function pointsGap(tokens: Token[], last: number): string | undefined {
  if (!/^points?$/i.test(tokens[last]?.text ?? "")) return undefined;
  const way = tokens[last + 1]?.text ?? "";
  if (!COMPARATIVE.test(way) || tokens[last + 2]?.text.toLowerCase() !== "than") return undefined;
  // The rate compared with is named whole, however long ("… of farmers of the whole province").
  const than = phraseAfter(tokens, last + 3, false, 2 * MAX_WORDS);
  return than ? `${GAP_LABEL_START} ${way.toLowerCase()} than ${than}` : undefined;
}
