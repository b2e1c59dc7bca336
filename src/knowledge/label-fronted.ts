// "In the Wuling Mountain area, the four pilot counties covered 42 poor villages; in the Wumeng
// Mountain area, the three pilot counties covered 31 poor villages": clauses that repeat one
// reading and differ only by the place fronted before them. The label of each figure would be the
// same ("Poor villages covered by the pilot counties"), so the fronted place is what tells them apart.
// A lone fronted phrase says the same of its clause: "Under East-West cooperation, the province
// channelled N yuan to X", "In poor villages, N clinics were built", "In the project villages, N km of
// roads were built": the programme, group or place the figure belongs to, which the clause itself
// no longer names. Times ("In the same year,"), the report's own region ("Across the province,")
// and sentence adverbials ("In addition,", "In total,") say nothing of the figure and are left out.
import { isRegion } from "./label-phrases.js";
import type { Token } from "./nlp.js";

const MAX_PLACE_WORDS = 8;
const NOUNS = new Set(["NOUN", "PROPN"]);
/**
 * Prepositions that front a programme or place before a clause. Not "among" or "of" (a whole whose
 * parts the clause gives, read by the part rules) nor "for" (a purpose, often of the clause's money only).
 */
const FRONTING = new Set(["in", "under", "across", "within"]);
/** Nouns of time: a phrase headed by one dates its clause ("In the same year,"), which the year rules read. */
const TIME_NOUNS = new Set([
  "year",
  "month",
  "week",
  "day",
  "quarter",
  "half",
  "period",
  "season",
  "time",
  "meantime",
  "past",
  "future",
  "course",
  "process",
]);

/** The clause starts of a sentence: its first token and each token after a semicolon. */
function clauseStarts(tokens: Token[]): number[] {
  const starts = [0];
  for (const [i, t] of tokens.entries()) if (t.text === ";" && i + 1 < tokens.length) starts.push(i + 1);
  return starts;
}

/** The words of tokens `from` to `to` (exclusive) as written: no space where the sentence has none ("East-West"). */
function written(tokens: Token[], from: number, to: number): string {
  let text = "";
  for (let k = from; k < to; k++)
    text += (k > from && tokens[k]!.start > tokens[k - 1]!.end ? " " : "") + tokens[k]!.text;
  return text;
}

/** The month names: a phrase with one is a time ("In late December,"), however it is tagged. */
const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** The index of the quote mark closing the one at `open`, or -1. */
function closingQuote(tokens: Token[], open: number): number {
  for (let k = open + 1; k < tokens.length && k - open <= MAX_PLACE_WORDS; k++)
    if (/^[”"]$/.test(tokens[k]!.text)) return k;
  return -1;
}

/**
 * The comma that ends a list of names the fronted phrase opens ("In Xiahe County, Maqu County and
 * Luqu County of the Tibetan areas, N …"): the items after `comma`, up to the comma after the one
 * joined by "and"; `comma` itself when no list goes on there (the words reach a verb first).
 */
function listEnd(tokens: Token[], comma: number): number {
  let joined = false;
  for (let k = comma + 1; k < tokens.length && k - comma <= 2 * MAX_PLACE_WORDS; k++) {
    const t = tokens[k]!;
    if (t.text === ",") {
      if (joined) return k;
      continue;
    }
    if (t.lemma === "and") joined = true;
    else if (!(NOUNS.has(t.pos) || ["ADJ", "DET", "ADP"].includes(t.pos) || t.text === "-")) return comma;
  }
  return comma;
}

/**
 * "under East-West cooperation", "in the Wumeng Mountain area" when the clause begins with a
 * fronting preposition, a noun phrase (adjectives, nouns, names, a quoted name, "and" between them,
 * no number: "In 2012,", "In the first 10 months," are times) and a comma; undefined otherwise.
 * Without "the" or a name, only a plural noun is a group or place ("In poor villages,"; not "In
 * addition,"). After "the" the tagger may read a noun as an adjective ("the new standard").
 */
function frontedPhrase(
  tokens: Token[],
  start: number,
  region: string,
): { text: string; end: number } | undefined {
  const prep = tokens[start];
  if (!prep || !FRONTING.has(prep.lemma)) return undefined;
  const definite = tokens[start + 1]?.lemma === "the";
  const from = definite ? start + 2 : start + 1;
  let proper = false;
  let i = from;
  while (i < tokens.length && tokens[i]!.text !== ",") {
    const t = tokens[i]!;
    if (i - start > MAX_PLACE_WORDS || MONTH.test(t.text)) return undefined;
    if (t.text === "“" || t.text === '"') {
      const close = closingQuote(tokens, i);
      if (close < 0) return undefined;
      proper = true;
      i = close + 1;
      continue;
    }
    if (t.pos === "PROPN") proper = true;
    const joins = t.lemma === "and" && i > from;
    const modifier = t.pos === "ADJ" || (definite && t.pos === "ADV");
    if (!(NOUNS.has(t.pos) || modifier || t.text === "-" || joins)) return undefined;
    i++;
  }
  const head = tokens[i - 1];
  if (i === from || tokens[i]?.text !== "," || !head) return undefined;
  if (!(NOUNS.has(head.pos) || (definite && head.pos === "ADJ")) || TIME_NOUNS.has(head.lemma))
    return undefined;
  if (!definite && !proper && head.text.toLowerCase() === head.lemma) return undefined;
  // "Under the project,", "Under the campaign,": one common noun after "the" refers back to what the
  // sentence before named, which the section already says.
  if (definite && !proper && i - from === 1) return undefined;
  // A list of names: "the X area, Y" is one place and the name after its comma the clause's subject.
  if (!definite) i = listEnd(tokens, i);
  const text = written(tokens, start + 1, i);
  // "Across the whole province,", "In Henan,": the report's own region, which every figure is of.
  if (isRegion(text.replace(/\b(?:whole|entire)\b/gi, ""), region)) return undefined;
  return { text: `${prep.lemma} ${text}`, end: i };
}

/** The phrase fronted before the clause holding the token at `at` (label-fronted.ts's header), or undefined. */
export function frontedPlace(tokens: Token[], at: number, region: string): string | undefined {
  const fronted = frontedOf(tokens, region);
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

/** The sentence's clauses with their fronted phrases, or null when none fronts one. */
function frontedOf(tokens: Token[], region: string): Fronted | null {
  let fronted = frontedBySentence.get(tokens);
  if (fronted === undefined) {
    const read = clauseStarts(tokens).map((s) => ({ s, phrase: frontedPhrase(tokens, s, region) }));
    fronted = read.some((f) => f.phrase) ? read : null;
    frontedBySentence.set(tokens, fronted);
  }
  return fronted;
}

/** The label with the place added before its closing bracket, unless it says it already. */
export function withFrontedPlace(label: string, place: string): string {
  if (label.toLowerCase().includes(place.replace(/^\S+\s+(?:the\s+)?/, "").toLowerCase())) return label;
  const m = /^(.*?)(\s*\([^)]*\))?$/.exec(label)!;
  return `${m[1]} ${place}${m[2] ?? ""}`;
}
