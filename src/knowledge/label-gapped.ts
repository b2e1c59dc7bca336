// Gapped list items: "N Yuan came from the central government, M Yuan from the provincial finance,
// K Yuan from city and county finance". Only the first item writes its verb; each later item is a
// figure and a preposition phrase, the verb understood from the first. The clause of such an item
// has no noun of its own, so its label was the bare phrase ("from the provincial finance"), which no
// question naming the funds reaches. It is a part of the same whole as the first item, so it takes
// that whole's noun (or, with none written, what a figure of its kind is: "Funds") before its phrase.
import { IDIOM_NOUNS } from "./label-phrases.js";
import type { Token } from "./nlp.js";
import { placeAfterCount } from "./place-after-count.js";

type Phrase = (tokens: Token[], from: number, allowVerb?: boolean) => string | undefined;
/** A figure of the sentence before this one: where it starts and its kind. */
type Earlier = { at?: number; kind: string; label?: string; read?: boolean; unit?: string };

/** A whole that names no noun of its own ("Of the total, …"): it gives the items nothing to borrow. */
export const NAMELESS = /^(?:the\s+)?(?:total|whole|sum|amount|above|former|latter)$/i;

/**
 * The label of the figure `first..last` when it is a gapped item of a list (and the unit of the
 * first item when the label is read from it), or undefined.
 * `nouns`: candidates for the whole's noun, in order (the "of which" total's, the fronted "Of the
 * X,", what a figure of the kind is); the first that names something is taken.
 */
export function gappedItem(
  tokens: Token[],
  first: number,
  last: number,
  kind: string,
  before: readonly Earlier[],
  nouns: readonly (string | undefined)[],
  phraseAfter: Phrase,
): { label: string; unit?: string } | undefined {
  // The item: opened by a comma or "and", its figure followed straight by a preposition.
  const opener = tokens[first - 1];
  const prep = tokens[last + 1];
  if (!opener || !(opener.text === "," || opener.pos === "CCONJ")) return undefined;
  if (prep?.pos !== "ADP" || !/^[a-z]+$/.test(prep.lemma) || prep.lemma === "of") return undefined;
  // The first item: back through the earlier figures of the same kind, past other gapped items
  // (each followed straight by the same preposition), to one followed by a verb and then that
  // preposition ("came from", "was from").
  const earlier = before.filter((b) => b.kind === kind && b.at !== undefined);
  for (let k = earlier.length - 1; k >= 0; k--) {
    const after = wordsAfter(tokens, earlier[k]!.at!, first);
    if (after < 0) return undefined;
    if (tokens[after]!.lemma === prep.lemma) continue;
    const prepAt = verbThen(tokens, after, first, prep.lemma);
    if (prepAt < 0) return undefined;
    // "… and M yuan to the 8 counties in the hills": the item's place is read past its count.
    const phrase = placeAfterCount(tokens, last + 1) ?? phraseAfter(tokens, last + 1, true);
    const whole = nouns.find((n) => n && !NAMELESS.test(n.trim()));
    if (phrase && whole) return { label: `${whole.charAt(0).toUpperCase()}${whole.slice(1)} ${phrase}` };
    // "of them, 52,300 took part in vocational education, 96,400 in short-term skill training": with
    // no whole's noun (a count), the item is the first item's label with its own phrase in place of
    // the first item's.
    const firstLabel = earlier[k]!.read ? earlier[k]!.label : undefined;
    const firstPhrase = phraseAfter(tokens, prepAt, true);
    if (!phrase || !firstLabel || !firstPhrase || !firstLabel.endsWith(` ${firstPhrase}`)) return undefined;
    // It counts what the first item counts ("people" for "of them, 52,300 …").
    const unit = earlier[k]!.unit;
    return { label: `${firstLabel.slice(0, -firstPhrase.length)}${phrase}`, ...(unit ? { unit } : {}) };
  }
  return undefined;
}

const CURRENCY_BEFORE = /^(?:RMB|US\$|\$|¥|CNY)$/;

/** The first token after the figure starting at `at` (past its number and unit words), or -1. */
function wordsAfter(tokens: Token[], at: number, limit: number): number {
  let i = tokens.findIndex((t) => t.start >= at);
  if (i < 0) return -1;
  // "RMB 520 million": a currency written before the number is part of the figure.
  if (CURRENCY_BEFORE.test(tokens[i]!.text) && tokens[i + 1]?.pos === "NUM") i++;
  while (i < limit && tokens[i]!.pos === "NUM") i++;
  // The unit ("Yuan", "million Yuan"): at most two words that are neither verbs nor prepositions.
  for (let n = 0; n < 2 && i < limit && !["VERB", "AUX", "ADP", "PUNCT"].includes(tokens[i]!.pos); n++) i++;
  // "Shenzhen invested N yuan, accounting for 26% of the total, Guangzhou M yuan": an aside set off
  // by commas and opened by a present participle says more of this figure; the list goes on after it.
  // (The tagger may read the participle as a noun: "accounting".)
  if (tokens[i]?.text === "," && /^[a-z]+ing$/.test(tokens[i + 1]?.text ?? "")) {
    const close = tokens.findIndex((t, k) => k > i + 1 && k < limit && t.text === ",");
    if (close > 0) i = close;
  }
  return i < limit ? i : -1;
}

/**
 * Where the preposition `lemma` stands when tokens from `i` are a verb group followed by it
 * ("came from", "took part in"), or -1.
 */
function verbThen(tokens: Token[], i: number, limit: number, lemma: string): number {
  if (!["VERB", "AUX"].includes(tokens[i]?.pos ?? "")) return -1;
  let p = i;
  while (p < limit && (tokens[p]!.pos === "AUX" || tokens[p]!.pos === "VERB")) p++;
  if (IDIOM_NOUNS.has(tokens[p]?.lemma ?? "")) p++;
  return tokens[p]?.lemma === lemma ? p : -1;
}

const NOUN_PHRASE = new Set(["NOUN", "PROPN", "ADJ", "DET"]);
// A capitalised word inside the sentence is a name whatever the tagger read it as ("Shanghai" as a verb).
const inPhrase = (tokens: Token[], i: number) =>
  NOUN_PHRASE.has(tokens[i]!.pos) || (i > 0 && /^[A-Z][a-z]/.test(tokens[i]!.text));

/**
 * Whether an item starting at token `s` follows the words after the figure before it (`after`)
 * straight: right after its joiner, or after the ", and" that closes the list.
 */
const joinsStraight = (tokens: Token[], after: number, s: number) =>
  after === s - 1 ||
  after === s ||
  (after === s - 2 && tokens[s - 1]?.lemma === "and" && tokens[s - 2]?.text === ",");

/**
 * "Beijing invested N in Lhasa, Jiangsu M in Lhasa": a place phrase after an item's figure ("in
 * Lhasa") belongs to that item; the list goes on after it. The index past such a phrase starting
 * at `i` (a preposition other than "of" and its noun phrase), or `i` when none starts there.
 */
function pastPlacePhrase(tokens: Token[], i: number, limit: number): number {
  if (tokens[i]?.pos !== "ADP" || tokens[i]!.lemma === "of") return i;
  let j = i + 1;
  while (j < limit && inPhrase(tokens, j)) j++;
  return j > i + 1 ? j : i;
}

/**
 * "the central government allocated N yuan and the provincial finance M yuan": a later item that
 * writes only its subject and figure, the verb understood from the first item. Its label is the
 * whole's noun, the first item's verb as a participle, and this item's subject ("Funds allocated by
 * the provincial finance"), not the first clause with the figure cut out. `participle` turns a
 * verb's lemma into its past participle.
 */
export function subjectGappedItem(
  tokens: Token[],
  first: number,
  kind: string,
  before: readonly Earlier[],
  nouns: readonly (string | undefined)[],
  participle: (lemma: string) => string,
): string | undefined {
  let s = first;
  while (s > 0 && inPhrase(tokens, s - 1)) s--;
  if (
    s === first ||
    !tokens.slice(s, first).some((t, k) => t.pos === "NOUN" || t.pos === "PROPN" || inPhrase(tokens, s + k))
  )
    return undefined;
  const earlierOnes = before.filter((b) => b.kind === kind && b.at !== undefined);
  const earlier = earlierOnes.at(-1);
  // Right before the joiner (reading the unit words may have stepped over it), past the earlier
  // item's place phrase.
  const after = earlier ? pastPlacePhrase(tokens, wordsAfter(tokens, earlier.at!, first), first) : -1;
  // "… and city and county finances M yuan": the subject may itself join two nouns; the item's
  // joiner is then the "and" before both.
  if (after !== s - 1 && after !== s && tokens[s - 1]?.lemma === "and") {
    let t = s - 1;
    while (t > 0 && NOUN_PHRASE.has(tokens[t - 1]!.pos)) t--;
    if (t < s - 1 && (after === t - 1 || after === t)) s = t;
  }
  const joiner = tokens[s - 1];
  if (!joiner || !(joiner.lemma === "and" || joiner.text === ",")) return undefined;
  if (!joinsStraight(tokens, after, s)) return undefined;
  const verb = firstItemVerb(tokens, earlierOnes);
  if (!verb) return undefined;
  const whole = nouns.find((n) => n && !NAMELESS.test(n.trim()));
  if (!whole) return undefined;
  const subject = tokens
    .slice(s, first)
    .map((t) => t.text)
    .join(" ")
    .replace(/^(?:the|a|an)\s+/i, "the ");
  // The item's own place phrase says where its figure went ("Jiangsu M in Lhasa").
  const figureEnd = wordsAfter(tokens, tokens[first]!.start, tokens.length);
  const placeEnd = figureEnd < 0 ? -1 : pastPlacePhrase(tokens, figureEnd, tokens.length);
  const place =
    placeEnd > figureEnd
      ? ` ${tokens
          .slice(figureEnd, placeEnd)
          .map((t) => t.text)
          .join(" ")}`
      : "";
  // A whole's head that already ends in the verb ("Funds invested") does not say it twice.
  const done = participle(verb.lemma);
  const acted = whole.split(/\s+/).at(-1)?.toLowerCase() === done.toLowerCase() ? "" : ` ${done}`;
  return `${whole.charAt(0).toUpperCase()}${whole.slice(1)}${acted} by ${subject}${place}`;
}

/**
 * The verb of a gapped list's first item, read back from the last of `earlier` (the figures before
 * the item) past the list's other gapped items ("the central government allocated N yuan, the
 * provincial finance M yuan and …"): the first item is "subject verb figure", an active verb with
 * a noun phrase before it; a gapped item is a noun phrase after a comma or "and". Undefined when the
 * figures before are no such list.
 */
function firstItemVerb(tokens: Token[], earlier: readonly Earlier[]): Token | undefined {
  for (let k = earlier.length - 1; k >= 0; k--) {
    const at = tokens.findIndex((t) => t.start >= earlier[k]!.at!);
    const verb = tokens[at - 1];
    if (verb?.pos === "VERB" && !/^[A-Z]/.test(verb.text))
      return NOUN_PHRASE.has(tokens[at - 2]?.pos ?? "") ? verb : undefined;
    let s = at;
    while (s > 0 && inPhrase(tokens, s - 1)) s--;
    const joiner = tokens[s - 1];
    if (s === at || !joiner || !(joiner.lemma === "and" || joiner.text === ",")) return undefined;
    // The earlier gapped item must follow the figure before it straight, as this one does.
    const prev = earlier[k - 1];
    if (!prev) return undefined;
    const after = pastPlacePhrase(tokens, wordsAfter(tokens, prev.at!, at), at);
    if (!joinsStraight(tokens, after, s)) return undefined;
  }
  return undefined;
}
