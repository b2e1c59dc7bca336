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
  if (!than) return undefined;
  return `${GAP_LABEL_START} ${way.toLowerCase()} than ${than}${inlineRateRest(tokens, last + 3)}`;
}

/**
 * "higher than the growth of 13.9% for the whole province": the other rate written inside the phrase
 * after "than" ends the phrase at its number, but whose rate it is follows it. The words after the
 * rate (" for the whole province"), or "" when the phrase holds no such rate.
 */
function inlineRateRest(tokens: Token[], from: number): string {
  let i = from;
  while (i < tokens.length && tokens[i]!.pos !== "NUM" && !STOPS.has(tokens[i]!.text)) i++;
  if (tokens[i]?.pos !== "NUM" || tokens[i - 1]?.lemma !== "of") return "";
  const after = percentEnd(tokens, i);
  if (after < 0 || tokens[after]?.pos !== "ADP") return "";
  const rest = phraseAfter(tokens, after, false, MAX_WORDS);
  return rest ? ` ${rest}` : "";
}

// Marks that end the phrase after "than" before any rate inside it.
const STOPS = new Set([",", ";", ":", "(", ")", "."]);

/** The token after a percentage that starts at `at` ("13.9 %", "13.9 per cent", "13.9 percent"), or -1. */
function percentEnd(tokens: Token[], at: number): number {
  const next = tokens[at + 1]?.text.toLowerCase();
  if (next === "%" || next === "percent") return at + 2;
  if (next === "per" && tokens[at + 2]?.text.toLowerCase() === "cent") return at + 3;
  return -1;
}

/**
 * "1.9 points higher than the growth of the provincial average (12.7%)", "… than the growth of 13.9%
 * for the whole province": the rate written within the gap's "than" phrase is the rate compared with,
 * named by that phrase ("Growth of provincial average"). `gapLabel`: the gap's own label, the figure
 * before this one; `between`: the tokens from the gap's end ("higher than …") to this figure.
 */
export function comparedRateLabel(gapLabel: string, between: Token[]): string | undefined {
  const m = new RegExp(`^${GAP_LABEL_START} (?:${GAP_WORDS.join("|")}) than (.+)$`).exec(gapLabel);
  // The gap as written ends at "points": its comparative and "than" come first.
  const than = COMPARATIVE.test(between[0]?.text ?? "") ? 1 : 0;
  if (!m || between[than]?.lemma !== "than") return undefined;
  // Only the phrase itself lies between: no clause of its own, no other figure.
  if (between.some((t) => ["VERB", "AUX", "NUM"].includes(t.pos) || [",", ";", ":"].includes(t.text)))
    return undefined;
  const last = between.at(-1)!;
  if (!(last.text === "(" || last.lemma === "of")) return undefined;
  return `${m[1]!.charAt(0).toUpperCase()}${m[1]!.slice(1)} (percent)`;
}
