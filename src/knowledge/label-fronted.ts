// "In the Wuling Mountain area, the four pilot counties covered 42 poor villages; in the Wumeng
// Mountain area, the three pilot counties covered 31 poor villages": clauses that repeat one
// reading and differ only by the place fronted before them. The label of each figure would be the
// same ("Poor villages covered by the pilot counties"), so the fronted place is what tells them apart.
import type { Token } from "./nlp.js";

const MAX_PLACE_WORDS = 8;
const NOUNS = new Set(["NOUN", "PROPN"]);

/** The clause starts of a sentence: its first token and each token after a semicolon. */
function clauseStarts(tokens: Token[]): number[] {
  const starts = [0];
  for (const [i, t] of tokens.entries()) if (t.text === ";" && i + 1 < tokens.length) starts.push(i + 1);
  return starts;
}

/**
 * "in the Wumeng Mountain area" when the clause begins "In <the …noun>," (no number: "In 2012,",
 * "In the first 10 months," are times), or undefined.
 */
function frontedPhrase(tokens: Token[], start: number): { text: string; end: number } | undefined {
  if (tokens[start]?.lemma !== "in" || tokens[start + 1]?.lemma !== "the") return undefined;
  let i = start + 2;
  while (i < tokens.length && i - start <= MAX_PLACE_WORDS && tokens[i]!.text !== ",") {
    const pos = tokens[i]!.pos;
    if (!(NOUNS.has(pos) || pos === "ADJ")) return undefined;
    i++;
  }
  if (tokens[i]?.text !== "," || !NOUNS.has(tokens[i - 1]!.pos)) return undefined;
  const text = tokens
    .slice(start + 1, i)
    .map((t) => t.text)
    .join(" ");
  return { text: `in ${text}`, end: i };
}

/**
 * The place fronted before the clause holding the token at `at`, when another clause of the
 * sentence fronts a place too (a parallel list); undefined otherwise, as a lone "In the X," is
 * usually the sentence's setting, which the section already says.
 */
export function frontedPlace(tokens: Token[], at: number): string | undefined {
  const fronted = frontedOf(tokens);
  if (!fronted) return undefined;
  // The last clause starting at or before the figure (clauses are in order: a binary search).
  let lo = 0;
  let hi = fronted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (fronted[mid]!.s <= at) lo = mid;
    else hi = mid - 1;
  }
  const own = fronted[lo];
  return own?.phrase && own.phrase.end < at ? own.phrase.text : undefined;
}

type Fronted = { s: number; phrase: { text: string; end: number } | undefined }[];
// Read once per sentence, not once per figure: a long sentence has many figures and many clauses.
const frontedBySentence = new WeakMap<Token[], Fronted | null>();

/** The sentence's clauses with their fronted places, or null when fewer than two front one. */
function frontedOf(tokens: Token[]): Fronted | null {
  let fronted = frontedBySentence.get(tokens);
  if (fronted === undefined) {
    const read = clauseStarts(tokens).map((s) => ({ s, phrase: frontedPhrase(tokens, s) }));
    fronted = read.filter((f) => f.phrase).length >= 2 ? read : null;
    frontedBySentence.set(tokens, fronted);
  }
  return fronted;
}

/** The label with the place added before its closing bracket, unless it says it already. */
export function withFrontedPlace(label: string, place: string): string {
  if (label.toLowerCase().includes(place.slice(3).toLowerCase())) return label;
  const m = /^(.*?)(\s*\([^)]*\))?$/.exec(label)!;
  return `${m[1]} ${place}${m[2] ?? ""}`;
}
