// A figure a verb makes the value of a named measure: "set the new poverty line at 3,300 Yuan of
// per capita net income", "taking the per capita net income of 4,000 Yuan as the new poverty line".
// What the figure quantifies is the measure so set (the poverty line), not the verb's doer: the
// label names that measure, and the income it is counted in beside it.
import { NOMINAL, phraseAfter } from "./label-phrases.js";
import { verbBefore } from "./label-clauses.js";
import type { Token } from "./nlp.js";

/** Verbs that fix a measure at a value or take a value as a measure. */
const SETTING_VERBS = new Set(["set", "fix", "take", "adopt", "use", "raise", "lift"]);

/** A noun phrase as written, from `from` up to (not including) `to`, without its article. */
function phrase(tokens: Token[], from: number, to: number): string | undefined {
  const span = tokens.slice(from, to).filter((t, k) => !(k === 0 && t.pos === "DET"));
  if (!span.length || !span.some((t) => t.pos === "NOUN")) return undefined;
  if (span.some((t) => !(NOMINAL.has(t.pos) || t.pos === "ADV" || t.lemma === "per"))) return undefined;
  return span.map((t) => t.text).join(" ");
}

/**
 * The measure a setting verb fixes at the figure (tokens `first`..`last`), or undefined:
 * "set X at N (of Y)" gives "X (Y)"; "taking X of N as Z" gives "Z (X)".
 */
export function valueSetAs(tokens: Token[], first: number, last: number): string | undefined {
  const verbAt = verbBefore(tokens, first);
  if (verbAt < 0 || !SETTING_VERBS.has(tokens[verbAt]!.lemma)) return undefined;
  const prev = tokens[first - 1];
  // "set the new provincial poverty line at N": the object between the verb and "at".
  if (prev?.lemma === "at") {
    const measure = phrase(tokens, verbAt + 1, first - 1);
    if (!measure) return undefined;
    const of = tokens[last + 1]?.lemma === "of" ? phraseAfter(tokens, last + 2) : undefined;
    return of ? `${measure} (${of})` : measure;
  }
  // "taking the per capita net income of N as the new provincial poverty line".
  if (prev?.lemma === "of" && tokens[last + 1]?.lemma === "as") {
    const counted = phrase(tokens, verbAt + 1, first - 1);
    const measure = phraseAfter(tokens, last + 2);
    if (!counted || !measure) return undefined;
    return `${measure} (${counted})`;
  }
  return undefined;
}
