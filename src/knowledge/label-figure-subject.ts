// A figure that is the subject of its own clause: "N was from the central government", "2.718
// billion Yuan was fiscal poverty alleviation funds", "A total of N Yuan was invested, of which …".
// The predicate names the figure; clauseLabel in labels.ts reads this when the figure has no noun
// of its own.
import { type Context, type FigureSpan, lastToken, NO_NOUN, partHead } from "./label-figure.js";
import { NOMINAL, phraseAfter } from "./label-phrases.js";
import { frontedWhole } from "./label-subjects.js";
import type { Token } from "./nlp.js";
import { isPastParticiple } from "../text/participles.js";
import { placeAfterCount } from "./place-after-count.js";
import { opensParts } from "./of-which.js";
import { partitiveWholeNoun } from "./clause-whole.js";

/**
 * The label of a figure followed by its own verb or auxiliary, without its year (undefined
 * when the predicate reads as nothing), and the head the parts of the figure borrow; undefined when
 * the figure is no such subject or its clause names it no way, and clauseLabel reads on.
 */
export function figureAsSubject(
  tokens: Token[],
  fig: FigureSpan,
  ctx: Context,
  first: number,
): { label: string | undefined; head?: string } | undefined {
  // "A total of N yuan, or P% of all special funds, went to …": the verb follows the apposition.
  const last = pastPerfect(tokens, pastApposition(tokens, lastToken(tokens, fig, first)));
  const next = tokens[last + 1];
  const prev = tokens[first - 1];
  const prev2 = tokens[first - 2];
  if (!next || (next.pos !== "AUX" && next.pos !== "VERB")) return undefined;
  const predicate = phraseAfter(
    tokens,
    next.pos === "AUX" && tokens[last + 2]?.pos === "VERB" ? last + 2 : last + 2,
    true,
  );
  const after = tokens[last + 2];
  // "was credit poverty alleviation funds": a verb's base form never follows "was", so a word
  // tagged so there, before a noun, is a noun the tagger misread.
  const nounAfter =
    NOMINAL.has(after?.pos ?? "") ||
    (after?.pos === "VERB" &&
      (/(?:ed|ing)$/.test(after.text) || (next.lemma === "be" && after.text === after.lemma)) &&
      NOMINAL.has(tokens[last + 3]?.pos ?? "")) ||
    (next.lemma === "be" && copulaNoun(tokens, last + 2));
  const predicateIsNoun = next.lemma === "be" && nounAfter && !/^(?:from|by)\b/.test(predicate ?? "");
  // "2.718 billion Yuan was fiscal poverty alleviation funds (of which N was from …)": the noun is
  // the figure's head too, so its parts borrow it.
  if (predicateIsNoun) {
    const named: { label: string | undefined; head?: string } = { label: predicate };
    // Only a whole whose parts follow it: otherwise a later adjunct would take it as its doer.
    let end = last + 2;
    while (end < tokens.length && tokens[end]!.pos !== "PUNCT") end++;
    const wholeOfParts = opensParts(tokens, end + 2);
    if (predicate && wholeOfParts && !/\s(?:of|for|in|by|to)\s/.test(predicate)) named.head = predicate;
    return named;
  }
  const verb = next.pos === "VERB" ? `${next.text} ` : tokens[last + 2]?.pos === "VERB" ? "" : "";
  // "…; of the 640 wells planned, 600 had been dug": a partitive whole opening the figure's clause.
  const fronted = frontedWhole(tokens) ?? partitiveWholeNoun(tokens, first, ctx.before);
  const parent = ctx.totalHead ?? (fronted && partHead(fronted));
  const noun = NO_NOUN[fig.kind];
  const participle = tokens[last + 2]?.pos === "VERB" && tokens[last + 2]!.text !== tokens[last + 2]!.lemma;
  if (predicate && !parent && noun && next.lemma === "be" && participle) {
    // "A total of N Yuan was invested, of which …": money with no noun of its own is funds, and
    // its parts borrow the whole phrase ("Funds invested from the central government").
    const head = `${noun} ${predicate}`;
    const total = prev?.lemma === "of" && prev2?.lemma === "total" ? " (total)" : "";
    // "N Yuan was invested in 198 administrative villages inhabited by …": where the money went
    // is the place's noun phrase, read past its count (which is a figure of its own); the parts
    // still borrow the short phrase.
    let at = last + 2;
    while (at < tokens.length && !["NUM", "PUNCT"].includes(tokens[at]!.pos)) at++;
    const place =
      tokens[at]?.pos === "NUM" && tokens[at - 1]?.pos === "ADP"
        ? phraseAfter(tokens, at + 1, true)
        : undefined;
    const where =
      place && /^[A-Za-z]/.test(place)
        ? ` ${tokens[at - 1]!.text} ${place.charAt(0).toLowerCase()}${place.slice(1)}`
        : "";
    return { label: `${head}${where}${total}`, head };
  }
  // "A total of N yuan went to the 26 underdeveloped counties": where the money went, read past
  // the place's count (a figure of its own).
  // "…N Yuan of loans, of which M Yuan went to 146 leading enterprises": a part goes where its
  // whole's noun went, when its predicate reads as nothing without the place's count.
  const moved = next.pos === "VERB" && noun ? placeAfterCount(tokens, last + 2) : undefined;
  if (moved && (!parent || !predicate)) {
    const total = prev?.lemma === "of" && prev2?.lemma === "total" ? " (total)" : "";
    return { label: `${parent ?? noun} that ${next.text} ${moved}${total}` };
  }
  // "Of the total, N Yuan came from the central government": with no whole named, a part of money
  // is funds, as its gapped neighbours are (label-gapped.ts).
  // So is money that is the subject of an active verb: "1.86 billion yuan went to the Wuling
  // Mountain area" is funds that went there, not "Went to …".
  const bare =
    !parent && noun && (/^(?:from|by)\b/.test(predicate ?? "") || next.pos === "VERB") ? `${noun} ` : "";
  if (predicate)
    return { label: `${parent ? `${parent} ` : bare}${bare ? verb.toLowerCase() : verb}${predicate}` };
  return undefined;
}

/** Words an article may stand before its noun by in a predicate ("the central lottery welfare fund"). */
const ARTICLE_REACH = 5;

/**
 * Whether the word at `at`, right after a figure's "was"/"were", opens a noun phrase the tagger
 * misread. A verb's present forms never follow "was": "was shares of the member households", "was
 * funds for ethnic minority development" are plural nouns, and "was work-relief funds" a base form
 * hyphened to the noun it modifies. An article opens a noun phrase when a noun follows within a few
 * modifiers ("was the central lottery public welfare fund").
 */
function copulaNoun(tokens: Token[], at: number): boolean {
  const t = tokens[at];
  if (!t) return false;
  if (t.pos === "VERB")
    return (
      (/[^s]s$/.test(t.text) && t.text !== t.lemma && !/(?:ed|ing)$/.test(t.text)) ||
      (t.text === t.lemma && tokens[at + 1]?.text === "-" && NOMINAL.has(tokens[at + 2]?.pos ?? "")) ||
      bareWordEndingClause(tokens, at)
    );
  if (t.pos !== "DET" || !/^(?:the|a|an)$/i.test(t.text)) return false;
  for (let i = at + 1; i < tokens.length && i <= at + ARTICLE_REACH; i++) {
    const pos = tokens[i]!.pos;
    if (pos === "NOUN" || pos === "PROPN") return true;
    if (pos !== "ADJ") return false;
  }
  return false;
}

/** What ends a one-word predicate: the clause's or sentence's end, or "and"/"or" before the next item. */
const CLAUSE_END = /^(?:[,.;:，。；：]|and|or)$/i;

/**
 * "of which 580,000 mu was fruit, 340,000 mu was tea": a lone word in a verb's base form right
 * after "was", ending the clause, is a noun the tagger misread ("fruit", "rice"); a participle that
 * looks like its base form ("was set", "was cut") is the verb it is.
 */
function bareWordEndingClause(tokens: Token[], at: number): boolean {
  const t = tokens[at]!;
  const end = tokens[at + 1];
  return (
    t.text === t.lemma &&
    /^[a-z]+$/.test(t.text) &&
    !isPastParticiple(t) &&
    (end === undefined || CLAUSE_END.test(end.text))
  );
}

/** The longest apposition (", or P% of X,") read past between a figure and its verb, in tokens. */
const APPOSITION_MAX_TOKENS = 10;

/**
 * ", or 75.1 percent of all special funds," right after a figure: the same figure restated, so the
 * figure's verb is the one after the apposition's closing comma. The apposition's last token, or
 * `last` when none follows.
 */
function pastApposition(tokens: Token[], last: number): number {
  if (tokens[last + 1]?.text !== "," || tokens[last + 2]?.lemma !== "or" || tokens[last + 3]?.pos !== "NUM")
    return last;
  for (let i = last + 4; i < tokens.length && i <= last + APPOSITION_MAX_TOKENS; i++) {
    const t = tokens[i]!;
    if (t.text === ",") return i;
    if (t.pos === "VERB" || t.pos === "AUX") return last;
  }
  return last;
}

/**
 * "N had been disbursed", "N has been allocated": a perfect's "had"/"has" before "been" is read past,
 * so the figure's verb is "been" and its participle, as in "N was disbursed". `last` moved on by the
 * auxiliary, or unchanged.
 */
function pastPerfect(tokens: Token[], last: number): number {
  const aux = tokens[last + 1];
  const been = tokens[last + 2];
  return aux?.pos === "AUX" && aux.lemma === "have" && been?.text.toLowerCase() === "been" ? last + 1 : last;
}
