// A count that says where something happened: "the pilots were launched in 145 poor villages",
// "it solved the problems of N people in 1,870 villages". The villages were not launched or solved;
// they are where the clause happened, so the label is the noun with that clause: "Poor villages
// where pilot mutual funds projects was launched" (the report's words, its figures left out).
// And a part of a stated whole, "in 239 of the 251 project villages": the part counts the whole's
// noun, and the whole is that noun's total.
import type { Token } from "./nlp.js";

/** Prepositions that make the counted noun the place of the clause. */
const LOCATIVE = new Set(["in", "across", "throughout"]);

/**
 * Whether the figure starting at token `first` is the object of a place preposition ("in 145
 * villages", "in the four pilot counties"), and the first place of its clause: in "launched … in
 * eight counties in two batches" the counties are the place, the batches only how.
 */
export function isPlace(tokens: Token[], first: number, verbAt: number): boolean {
  const prep = tokens[first - 1]?.pos === "DET" ? first - 2 : first - 1;
  if (!LOCATIVE.has(tokens[prep]?.lemma ?? "")) return false;
  for (let i = verbAt + 1; i < prep; i++)
    if (LOCATIVE.has(tokens[i]!.lemma) && tokens[i + 1]?.pos === "NUM") return false;
  return true;
}

/** The preposition's token index for a figure `isPlace` accepted. */
export const placePreposition = (tokens: Token[], first: number) =>
  tokens[first - 1]?.pos === "DET" ? first - 2 : first - 1;

/**
 * The clause the place belongs to, as written: from its subject (a pronoun or noun phrase before
 * the verb group) to the preposition, without numbers or the words of non-count figures.
 * `inFigure(i)` tells whether token i belongs to a figure other than a count; `isScope(text)` whether a
 * text only names the report's region.
 */
export function placeClause(
  tokens: Token[],
  verbAt: number,
  prepAt: number,
  inFigure: (i: number) => boolean,
  isScope: (text: string) => boolean,
  seriesSubject?: () => string | undefined,
): string | undefined {
  let start = verbAt;
  // The verb group: "had actually solved", "continued to implement", "were implemented".
  const inGroup = (t: Token, before: Token | undefined) =>
    ["AUX", "ADV", "PART", "VERB"].includes(t.pos) || (t.pos === "ADJ" && before?.pos === "AUX");
  while (start > 0 && inGroup(tokens[start - 1]!, tokens[start - 2])) start--;
  if (tokens[start - 1]?.pos === "PRON") start--;
  else
    while (
      start > 0 &&
      // "By the end of December the task had been completed": a noun right before a determiner ends
      // a fronted phrase; one noun phrase never runs "December the task".
      !(tokens[start]!.pos === "DET" && ["NOUN", "PROPN"].includes(tokens[start - 1]!.pos)) &&
      (["NOUN", "PROPN", "ADJ", "DET", "PART"].includes(tokens[start - 1]!.pos) ||
        (tokens[start - 1]!.lemma === "of" && start >= 2 && tokens[start - 2]!.pos !== "NUM"))
    )
      start--;
  // "… and continued to implement …": a verb in a series has its subject before the series' first verb.
  const subject = ["AUX", "ADV", "PART", "VERB"].includes(tokens[start]!.pos) ? seriesSubject?.() : undefined;
  const span = tokens.slice(start, prepAt);
  // A quoted title or a clause break inside is not one clause ("the pilot work of “county-based …”").
  const glued = (k: number) => span[k - 1]?.end === span[k]!.start && span[k + 1]?.start === span[k]!.end;
  if (span.some((t, k) => (t.pos === "PUNCT" || t.pos === "SYM") && !(t.text === "-" && glued(k))))
    return undefined;
  // "… in Henan Province were launched": a subject cut down to the report's region is not the subject.
  const own = span.slice(0, verbAt - start).filter((t) => !["AUX", "ADV", "PART"].includes(t.pos));
  if (own.length > 0 && isScope(own.map((t) => t.text).join(" ")) && tokens[verbAt - 1]?.lemma === "be")
    return undefined;
  const words = span
    .filter((t, k) => t.pos !== "NUM" && !inFigure(start + k))
    .map((t, k) => (k === 0 && t.pos !== "PROPN" ? t.text.toLowerCase() : t.text));
  const text = [subject, ...words]
    .filter(Boolean)
    .join(" ")
    .replace(/\ba total of\s+/gi, "")
    .replace(/\s+(?:of|a|the)$/i, "")
    .trim();
  // A clause of its verb alone says nothing the noun does not; nor does one whose subject was a
  // figure ("A total of N yuan was invested in the six key villages"), left out with its words.
  const verbOnly = span
    .slice(0, verbAt - start)
    .every(
      (t, k) =>
        inFigure(start + k) ||
        ["AUX", "ADV", "PART", "NUM", "DET", "ADP"].includes(t.pos) ||
        t.lemma === "total",
    );
  return text.split(" ").length >= 2 && !(verbOnly && !subject) ? text : undefined;
}

/** "N of the M villages": the token index of the whole's noun after "of the M", when there is one. */
export function partOfWhole(tokens: Token[], last: number): number | undefined {
  let i = last + 1;
  if (tokens[i]?.lemma !== "of") return undefined;
  i++;
  if (tokens[i]?.pos === "DET") i++;
  if (tokens[i]?.pos !== "NUM") return undefined;
  while (tokens[i]?.pos === "NUM") i++;
  return ["NOUN", "ADJ", "PROPN"].includes(tokens[i]?.pos ?? "") ? i : undefined;
}

/** "the 251 project villages" after "239 of": the whole, whose label is its noun's total. */
export function isWholeOfPart(tokens: Token[], first: number): boolean {
  let i = first - 1;
  if (tokens[i]?.pos === "DET") i--;
  return tokens[i]?.lemma === "of" && tokens[i - 1]?.pos === "NUM";
}
