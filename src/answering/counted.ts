// What a "how many <noun phrase>" question counts: the head of the phrase, as an entry unit. The
// head of an English noun phrase is its last noun, and a plural noun ends the phrase: in "how many
// teachers trained rural schools" the teachers are counted, in "how many nurses came from
// city clinics" the nurses, and the villages and counties of a later modifier are not. The
// reading needs no tagger: it stops at the first plural word, or at a closed-class word that opens
// a clause or a modifier of its own.
import { countUnitIn } from "../knowledge/units.js";
import { IRREGULAR_PARTICIPLES } from "../text/participles.js";
import { STOPWORDS } from "../text/words.js";
import { getOrInsertComputed } from "../util/maps.js";
import { similarityOf } from "./near-words.js";
import { baseForms, relatedWords } from "./word-relations.js";

/** Entry units the knowledge has, keyed by the word a question counts them with. */
export type CountUnits = ReadonlyMap<string, string>;

// Words that may stand before a head without ending the phrase ("how many of the poor households",
// "how many more trainees"): determiners, "of" and comparatives. Every other stopword ends it.
const INSIDE_PHRASE = new Set(
  "of the a an these those more fewer less many additional extra other".split(" "),
);
// Plurals English does not write with -s.
const IRREGULAR_PLURALS = new Set(
  "people cattle sheep children staff personnel livestock poultry".split(" "),
);
// Words ending in -s that are not plurals: -ss ("less"), -us ("status", "bonus"), -ous, -is ("basis").
const NOT_PLURAL_ENDING = /(?:ss|us|is|ous)$/;
const JOINS = new Set(["and", "or", "&"]);
// A plural among the words from `from` on, before any stopword ends the phrase: the head that
// "and" joins its first noun to ("gacha and villages"). Without one the first noun ends the phrase
// as before ("science and technology" counts nothing of its own).
function pluralAhead(words: readonly string[], from: number): boolean {
  for (let j = from; j < words.length; j++) {
    const w = words[j]!;
    if (isPlural(w)) return true;
    if (STOPWORDS.has(w) && !INSIDE_PHRASE.has(w)) return false;
  }
  return false;
}
const POSSESSIVE = /['’]s?$/;

// A verb in the past tense as a question writes it after its subject ("visited", "built", "got").
const isPastVerb = (w: string | undefined) =>
  w !== undefined && (/^[a-z]{2,}ed$/.test(w) || IRREGULAR_PARTICIPLES.has(w));

const isPlural = (w: string) =>
  IRREGULAR_PLURALS.has(w) || (/[a-z]{2}s$/.test(w) && !NOT_PLURAL_ENDING.test(w));

/**
 * The knowledge's count units by the word a question would count them with: a one-word unit by
 * itself ("tourists"), a unit of several nouns by each of them ("head of cattle" by "cattle",
 * "complaints and reports" by each noun) unless a one-word unit already has that word.
 */
export function countUnitsOf(units: Iterable<string | undefined>): CountUnits {
  const byWord = new Map<string, string>();
  const several: string[] = [];
  for (const u of new Set(units)) {
    if (!u) continue;
    if (/\s/.test(u)) several.push(u);
    else byWord.set(u, u);
  }
  for (const u of several)
    for (const w of u.split(/\s+/)) if (isPlural(w) && !STOPWORDS.has(w) && !byWord.has(w)) byWord.set(w, u);
  return byWord;
}

/**
 * The unit a counted noun phrase (the words after "how many") asks for: its head's listed unit
 * (units.ts: "farmers" are people), else the knowledge's unit by that word, else undefined. A
 * phrase with no plural word before its end keeps the first listed count noun in it ("how many
 * household" still counts households).
 */
export function countedUnit(phrase: string, units?: CountUnits): string | undefined {
  const words = phrase
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[?,.;:!]+$/, ""))
    .filter(Boolean);
  const inPhrase: string[] = [];
  const plurals: string[] = [];
  for (const [i, w] of words.entries()) {
    if (POSSESSIVE.test(w)) continue;
    const listed = countUnitIn(w);
    // "gacha and villages", "county and township clinics": "and" after a word that is no plural
    // joins it to the nouns after it, the phrase's head still to come (a noun written alike in
    // both numbers, "gacha", "sheep", is read on to the plural after it).
    const joins = JOINS.has(w) && plurals.length === 0 && inPhrase.length > 0 && pluralAhead(words, i + 1);
    if (STOPWORDS.has(w) && !INSIDE_PHRASE.has(w) && !listed && !units?.has(w) && !joins) break;
    inPhrase.push(w);
    // "Items of information", "tons of grain": a plural before "of" is a measure, and a report may
    // count the same thing with another measure word ("pieces of information"): only a listed
    // count noun says what is counted, as before.
    if (isPlural(w) && words[i + 1] === "of") break;
    // A plural that counts nothing the reports count may modify the head after it ("mutual
    // funds pilot villages"): the phrase is read on.
    if (isPlural(w)) {
      const unit = listed ?? units?.get(w);
      if (unit) return unit;
      plurals.push(w);
      // …unless a verb follows it: then it is the subject of its own clause, the head counted
      // ("how many buyers visited the markets" counts buyers, not markets).
      if (isPastVerb(words[i + 1])) break;
    }
  }
  // A phrase whose plural counts nothing known says no unit: a singular modifier in it ("village
  // roads") is not what is counted. It may count a known unit in other words ("kids").
  if (plurals.length === 0) return countUnitIn(inPhrase.join(" "));
  for (const w of units ? plurals : []) {
    const unit = unitBySense(w, units!);
    if (unit) return unit;
  }
  return undefined;
}

// General English must use the two words this much alike: WordNet keeps senses nobody means.
const SAME_UNIT_MIN_SIMILARITY = 0.5;
const lemmaUnits = new WeakMap<CountUnits, Map<string, string>>();
/**
 * The knowledge's count unit a plural no report counts by means in other words: a noun of the same
 * WordNet sense whose plural is a unit ("kids" → kid → child → "children"), used alike in general
 * English too. Only the nouns' lemmas are compared, so "children" is found for "child".
 */
export function unitBySense(plural: string, units: CountUnits): string | undefined {
  const byLemma = getOrInsertComputed(lemmaUnits, units, () => {
    const map = new Map<string, string>();
    for (const [word, unit] of units) for (const f of baseForms(word)) if (!map.has(f)) map.set(f, unit);
    return map;
  });
  for (const r of relatedWords(plural, undefined, "noun").related) {
    if (r.pos !== "noun" || r.relation !== "synonym" || r.word.includes(" ")) continue;
    const unit = byLemma.get(r.word);
    if (unit && (similarityOf(plural, unit.split(/\s+/).at(-1)!) ?? 0) >= SAME_UNIT_MIN_SIMILARITY)
      return unit;
  }
  return undefined;
}
