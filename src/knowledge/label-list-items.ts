// Items of a list that belong to a figure or a subject named before the list: ", including N X,
// M Y and K Z" after a figure (each item a part of it) and "X were divided as follows: N for A, M
// for B" (each item X's). labels.ts builds the items' labels from what these return, and reads the
// whole label of a "divided as follows:" item from followsItemLabel.
import { type ClauseShape, lastToken } from "./label-figure.js";
import {
  chunkRight,
  CLAUSE_PUNCT,
  isRegion,
  lowerFirst,
  NOMINAL,
  phraseAfter,
  labelWithoutUnit,
} from "./label-phrases.js";
import { subjectBefore } from "./label-subjects.js";
import { tokenAt } from "./label-lists.js";
import type { Token } from "./nlp.js";

/** A figure read before this one in its sentence: its label, kind and offset. */
type Read = { label: string; kind: string; read: boolean; at?: number; unit?: string };

/**
 * The figure a ", including N …" list is part of: the last figure of the kind before the comma,
 * with no clause break between them, by its label (lower-cased, without remarks). Undefined when
 * `verbAt` is no "including" after a comma or no such figure stands before it.
 */
export function includedIn(
  tokens: Token[],
  verbAt: number,
  kind: string,
  before: Read[],
  unit?: string,
): string | undefined {
  if (tokens[verbAt]?.text.toLowerCase() !== "including" || tokens[verbAt - 1]?.text !== ",")
    return undefined;
  const comma = tokens[verbAt - 1]!.start;
  const wholes = before.filter((b) => b.read && b.kind === kind && b.at !== undefined && b.at < comma);
  // "N people were in the 58 counties, including M people in X": the people are part of the people,
  // not of the counties named between; a whole of the item's own unit comes first.
  const whole = (unit && wholes.filter((b) => b.unit === unit).at(-1)) || wholes.at(-1);
  if (!whole) return undefined;
  let wholeAt = tokenAt(tokens, whole.at!);
  // Past the whole figure itself: its number and the noun it counts (which a tagger may read as a verb).
  while (tokens[wholeAt]?.pos === "NUM") wholeAt++;
  if (whole.unit && tokens[wholeAt]?.text.toLowerCase() === whole.unit) wholeAt++;
  // Its noun and modifiers may stand between (", up 8.4% over the previous year,"), no other clause.
  // "N people were in the 58 counties, including …": a "be" of place is the whole's own predicate.
  const placeBe = (t: Token, i: number) => t.lemma === "be" && tokens[wholeAt + i + 1]?.pos === "ADP";
  const clause = (t: Token, i: number) =>
    !placeBe(t, i) &&
    (t.pos === "AUX" ||
      [";", ":", "(", ")"].includes(t.text) ||
      (t.pos === "VERB" && !/ing$/.test(t.text) && !NOMINAL.has(tokens[wholeAt + i + 1]?.pos ?? "")));
  if (tokens.slice(wholeAt, verbAt - 1).some(clause)) return undefined;
  return lowerFirst(labelWithoutUnit(whole.label));
}

/**
 * "X were divided as follows: N for A, M for B, and K as C": the subject of the clause before
 * "as follows:", when the figure starting at `first` is an item of the list after the colon (right
 * after the colon, a comma or "and"). Undefined for any other shape.
 */
export function followsItem(tokens: Token[], first: number, region: string): string | undefined {
  if (![":", ",", "and"].includes(tokens[first - 1]?.text ?? "")) return undefined;
  let colon = first - 1;
  while (colon > 0 && tokens[colon]!.text !== ":" && tokens[colon]!.text !== ";") colon--;
  if (
    tokens[colon]?.text !== ":" ||
    tokens[colon - 1]?.lemma !== "follow" ||
    tokens[colon - 2]?.lemma !== "as"
  )
    return undefined;
  // The clause's first verb or auxiliary: its subject is what the list divides.
  let start = colon - 2;
  while (start > 0 && !CLAUSE_PUNCT.has(tokens[start - 1]!.text)) start--;
  const verbAt = tokens.findIndex((t, k) => k >= start && k < colon && (t.pos === "VERB" || t.pos === "AUX"));
  const subject = verbAt > start ? subjectBefore(tokens, verbAt, region) : undefined;
  return subject && !isRegion(subject, region) ? subject : undefined;
}

/**
 * The label of an amount listed after "X were divided as follows:" (followsItem): X and what the
 * item is for (clauseLabel adds the year). Undefined for any other shape.
 */
export const followsItemLabel: ClauseShape = (tokens, fig, ctx, first) => {
  const last = lastToken(tokens, fig, first);
  const itemOf = fig.kind === "money" ? followsItem(tokens, first, ctx.region) : undefined;
  if (!itemOf) return undefined;
  // "N for the six key areas": the number of the places is a figure of its own, not the end of the phrase.
  const numAt = tokens[last + 2]?.pos === "DET" ? last + 3 : last + 2;
  const counted = tokens[last + 1]?.pos === "ADP" && tokens[numAt]?.pos === "NUM";
  const after = counted
    ? `${tokens[last + 1]!.text} ${chunkRight(tokens, numAt + 1).text}`
    : phraseAfter(tokens, last + 1);
  return `${itemOf}${after ? ` ${after}` : ""}`;
};
