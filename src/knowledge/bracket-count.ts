// "built footbridges (42)", "trained village doctors (1,350)", "the relocated families (8,900)": a
// translator may give a count in brackets after the noun phrase it counts instead of before it. The
// bracketed number counts that phrase's head noun, as "42 footbridges" would. The phrase may carry
// one qualifier after its head ("clinics for rural residents (64)" counts clinics), and must stand
// whole: it starts after a verb, a determiner, a preposition, a clause break or the sentence's
// start, so a phrase read from its middle ("the repair of old clinics (64)", "… studying in
// secondary and higher schools (64)") gives no unit (the count stays unnamed and its label says
// what it is).
import type { Token } from "./nlp.js";
import { closesOrGlosses } from "./label-bracket-lead.js";
import { isPlural } from "./count-nouns.js";

/** Prepositions that join a qualifier to the head noun before them ("houses of poor families"). */
const QUALIFIER_PREPOSITIONS = new Set(["of", "for", "from", "with"]);
/** Tags a noun phrase may be made of: adjectives and nouns used as modifiers, and names. */
const PHRASE_TAGS = new Set(["ADJ", "NOUN", "PROPN"]);
/** Tags of a word a whole noun phrase may follow: its verb. */
const PHRASE_OPENERS = new Set(["VERB", "AUX"]);

/**
 * The noun a count in brackets right after a noun phrase counts ("households" for "the relocated
 * households (31,000)"), lower-cased; undefined when the bracket holds more than the count or no
 * whole plural noun phrase stands before it. `at`: the index of the number's token.
 */
export function countedNounBefore(tokens: readonly Token[], at: number): string | undefined {
  const open = tokens[at - 1];
  if (at < 1 || open?.text !== "(" || !closesOrGlosses(tokens as Token[], at + 1)) return undefined;
  let start = runStart(tokens, at - 1);
  if (start === undefined) return undefined;
  let headRunEnd = at - 1;
  const before = tokens[start - 1];
  if (before && QUALIFIER_PREPOSITIONS.has(before.lemma) && before.pos === "ADP") {
    const qualified = runStart(tokens, start - 1);
    if (qualified === undefined) return undefined;
    headRunEnd = start - 1;
    start = qualified;
  }
  if (!opensPhrase(tokens, start)) return undefined;
  const head = lastNoun(tokens, start, headRunEnd);
  return head && isPlural(head) ? head.text.toLowerCase() : undefined;
}

/** The index of the token starting at `offset` (tokens are in order), or -1: a binary search, so a
 * sentence of many figures is read in linear time. */
export function tokenStartingAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return tokens[lo]?.start === offset ? lo : -1;
}

/** The most words a noun phrase before a bracket runs to: a longer run is a mis-tag, not a phrase. */
const MAX_PHRASE_TOKENS = 12;

/** Where the run of phrase words ending right before `end` starts; undefined when there is none. */
function runStart(tokens: readonly Token[], end: number): number | undefined {
  let i = end;
  while (i > 0 && end - i < MAX_PHRASE_TOKENS) {
    const t = tokens[i - 1]!;
    const next = tokens[i];
    // "low-income", "farmers' cooperatives": a hyphen or apostrophe tight against its words joins them.
    const tight = /^[-’']$|^'s$|^’s$/.test(t.text) && next !== undefined && t.end === next.start;
    if (!PHRASE_TAGS.has(t.pos) && !tight) break;
    i--;
  }
  return i < end ? i : undefined;
}

/**
 * Whether a noun phrase starting at `start` stands whole: nothing before it, or a word that opens
 * one (a verb, a determiner, a clause break, a preposition it is the object of). After "of", "for",
 * "from" or "with", with or without a determiner, it qualifies a noun further back ("the children of
 * the poor families (N)" counts children): not whole.
 */
function opensPhrase(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1];
  if (!before) return true;
  const qualifies = (t: Token | undefined) => t?.pos === "ADP" && QUALIFIER_PREPOSITIONS.has(t.lemma);
  if (before.pos === "DET") return !qualifies(tokens[start - 2]);
  if (before.pos === "ADP") return !qualifies(before);
  if (PHRASE_OPENERS.has(before.pos)) return true;
  if ([",", ";", ":", ")"].includes(before.text)) return true;
  // "…, and volunteers (900)", "cadres (30) and doctors (12)": "and" after a clause break or a bracket.
  const beforeAnd = tokens[start - 2];
  return before.pos === "CCONJ" && beforeAnd !== undefined && [",", ";", ")"].includes(beforeAnd.text);
}

function lastNoun(tokens: readonly Token[], from: number, end: number): Token | undefined {
  for (let i = end - 1; i >= from; i--) if (tokens[i]!.pos === "NOUN") return tokens[i];
  return undefined;
}
