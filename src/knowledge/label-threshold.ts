// A figure that bounds a measure of the noun before it: "the rural poor population with an annual
// per capita net income below 2,500 yuan", "villages with a population under 300". The figure is no
// amount the noun has, nor what its clause's verb acts on: it is the line the measure stays under
// (or above) for the noun to be counted, and the label names that measure and that noun.
import { chunkLeft, NOMINAL } from "./label-phrases.js";
import type { Token } from "./nlp.js";

/** Prepositions that make a figure a bound of the measure before them. */
const BOUND_PREPOSITIONS = new Set(["below", "under", "above"]);

/** "X with M below N" at the figure's first token: "M threshold for X", or undefined. */
export function thresholdLabel(tokens: Token[], first: number): string | undefined {
  if (!BOUND_PREPOSITIONS.has(tokens[first - 1]?.lemma ?? "")) return undefined;
  // Back from the preposition over the measure's words to "with" (and its article).
  let at = first - 2;
  while (at >= 0 && (NOMINAL.has(tokens[at]!.pos) || tokens[at]!.lemma === "per")) at--;
  const measureFrom = at + 1;
  if (measureFrom > first - 2 || !tokens.slice(measureFrom, first - 1).some((t) => t.pos === "NOUN"))
    return undefined;
  if (tokens[at]?.pos === "DET") at--;
  if (tokens[at]?.lemma !== "with") return undefined;
  const owner = chunkLeft(tokens, at);
  if (!owner?.text || !tokens.slice(owner.start, at).some((t) => t.pos === "NOUN")) return undefined;
  const measure = tokens
    .slice(measureFrom, first - 1)
    .map((t) => t.text)
    .join(" ");
  return `${measure.charAt(0).toUpperCase()}${measure.slice(1)} threshold for ${owner.text.replace(/^The\b/, "the")}`;
}
