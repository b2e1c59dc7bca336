// What a count counts, read from the sentence's grammar instead of a list of nouns: the head of
// the noun phrase that follows the number ("168,500 labourers from poor households" counts
// labourers, "9,460 biogas digesters" digesters, "1,846 farmers' professional cooperatives"
// cooperatives). units.ts keeps the nouns the series uses most; this reads any noun, so a report
// nobody annotated can count cattle, doctors or tourists, and a listed noun further on ("… from
// poor households", "…, and to plant 42,000 hectares") is not taken for the unit of a number
// that has its own.
import type { Token } from "./nlp.js";

export type CountedNoun = {
  /** The unit: the head noun as written, lower-cased ("labourers"), or a partitive ("head of cattle"). */
  unit: string;
  /** Offset in the sentence just past the noun phrase: the written figure ends here. */
  end: number;
};

/** Words that may stand inside a noun phrase before its head: adjectives and nouns used as modifiers. */
const MODIFIER = new Set(["ADJ", "NOUN", "PROPN"]);
/** How many words a counted noun phrase runs to: longer runs are a mis-tag, not a phrase. */
const MAX_PHRASE_WORDS = 5;

/**
 * The noun a count counts when its number is followed directly by a noun phrase, read from tags:
 * the last noun of the run of adjectives and nouns right after the number (a hyphen or a
 * possessive inside the run joins it: "farm-stay households", "farmers' cooperatives"). A
 * singular head followed by "of" and a noun is a measure ("58,300 head of cattle"): the unit is
 * the whole partitive. Undefined when no noun follows the number (a verb, a preposition, a clause
 * break: "96,200 received …", "239 of the 251 villages" is read elsewhere).
 */
export function countedNounAfter(tokens: readonly Token[], numberEnd: number): CountedNoun | undefined {
  let i = tokens.findIndex((t) => t.start >= numberEnd);
  if (i < 0) return undefined;
  // "1.27 million pigs": the scale word is part of the number.
  while (tokens[i]?.pos === "NUM" && /^(?:thousand|million|billion)$/i.test(tokens[i]!.text)) i++;
  if (parallelVerb(tokens, i)) return undefined;
  const head = nounRun(tokens, i);
  if (!head) return undefined;
  const noun = tokens[head]!;
  const of = tokens[head + 1];
  if (noun.text.toLowerCase() === noun.lemma && of?.lemma === "of" && of.start === noun.end + 1) {
    const measured = nounRun(tokens, head + 2);
    if (measured !== undefined) {
      const last = tokens[measured]!;
      return { unit: `${noun.text} of ${last.text}`.toLowerCase(), end: last.end };
    }
  }
  // "376 complaints and reports", "214,600 sheep and goats": nouns joined by "and" are counted together.
  const and = tokens[head + 1];
  const joined = and?.pos === "CCONJ" ? nounRun(tokens, head + 2) : undefined;
  if (joined !== undefined && tokens[joined + 1]?.pos !== "NOUN") {
    const other = tokens[joined]!;
    return { unit: `${noun.text} ${and!.text} ${other.text}`.toLowerCase(), end: other.end };
  }
  return { unit: noun.text.toLowerCase(), end: noun.end };
}

/**
 * Adjectives that make a noun phrase definite, as a determiner does ("last year", "the previous
 * month", "the same villages"): a number's counted noun is indefinite, so a phrase opening with one
 * of them is another phrase (closed-class English, not any report's words).
 */
const DEFINITE_ADJECTIVES = new Set([
  "last",
  "previous",
  "next",
  "same",
  "following",
  "preceding",
  "current",
  "past",
]);

/**
 * "97,600 received vocational training, 48,300 received training in …": a past form right after a
 * number that another number of the sentence also takes as its verb is this number's verb too, in
 * a list of parallel items, not a participle modifying a counted noun ("received training").
 */
function parallelVerb(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (t?.pos !== "VERB" || !/ed$/i.test(t.text)) return false;
  return tokens.some(
    (o, k) =>
      k !== at &&
      o.text.toLowerCase() === t.text.toLowerCase() &&
      tokens[k - 1]?.pos === "NUM" &&
      tokens[k + 1]?.pos !== "NOUN",
  );
}

/** A plural noun: its lemma differs from its text, and not because the tagger read a verb form. */
export const isPlural = (t: Token) => t.text.toLowerCase() !== t.lemma && !/(?:ing|ed)$/i.test(t.text);

/** The index of the last noun of the run of modifiers starting at `from`, or undefined. */
function nounRun(tokens: readonly Token[], from: number): number | undefined {
  let head: number | undefined;
  let words = 0;
  for (let i = from; i < tokens.length && words < MAX_PHRASE_WORDS; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    // A hyphen or apostrophe written tight against the words on either side joins them.
    const joined = prev !== undefined && t.start === prev.end && /^[-’']$|^'s$|^’s$/.test(t.text);
    if (joined && i > from) continue;
    // "farm-stay": wink tags the second half of a hyphenated word as a verb.
    const hyphened = prev !== undefined && prev.text === "-" && prev.start === tokens[i - 2]?.end;
    // "209 agricultural product processing leading enterprises": a participle before a noun modifies it.
    const participle = t.pos === "VERB" && /(?:ing|ed)$/.test(t.text) && tokens[i + 1]?.pos === "NOUN";
    if (!MODIFIER.has(t.pos) && !participle && !(hyphened && t.start === prev.end)) break;
    // "151,800 last year": a phrase made definite by its first word is when or which, not what is counted.
    if (i === from && DEFINITE_ADJECTIVES.has(t.lemma)) return undefined;
    // "a decrease of 600,000 year-on-year": "year" hyphened to "on" says against when, it counts nothing.
    if (i === from && t.lemma === "year" && tokens[i + 1]?.text === "-" && tokens[i + 1]!.start === t.end)
      return undefined;
    // "county-level", "provincial-level": the half after a tight hyphen is the same word, so a
    // compound modifier does not use up the phrase's length before its head noun.
    if (!(hyphened && t.start === prev.end)) words++;
    if (t.pos === "NOUN") head = i;
    // A plural noun ends the phrase ("poor households increase their income": the next word is a
    // verb the tagger took for a noun), unless a possessive makes it a modifier ("farmers' cooperatives").
    const possessive = /^(?:’|'|'s|’s)$/.test(tokens[i + 1]?.text ?? "");
    if (t.pos === "NOUN" && isPlural(t) && !possessive) break;
  }
  // The run must end on its noun: "poor" alone, or nouns followed by an adjective, name nothing.
  return head;
}
