// "How much did the central government alone put into the Rain Plan?" of a report that gives only
// what "the central and provincial government" put in: the question asks for one giver on its own,
// and the figure is that giver's together with another. Its part of the joint figure is not stated.

// Words that single out the one named before them.
const ALONE = /\b(?:alone|by (?:itself|themselves)|on (?:its|their) own|solely)\b/;
// Where the phrase naming the one singled out begins: after the clause's verb or preposition.
const PHRASE_START = /\b(?:did|does|do|was|were|is|are|from|by|that|which|how much|how many)\b/g;

/** The words of the phrase a question singles out with "alone", "by itself" …; undefined: none. */
export function singledOut(english: string): Set<string> | undefined {
  const marker = ALONE.exec(english);
  if (!marker) return undefined;
  const before = english.slice(0, marker.index);
  const starts = [...before.matchAll(PHRASE_START)];
  const last = starts.at(-1);
  const phrase = last ? before.slice(last.index + last[0].length) : before;
  const words = phrase.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.length > 0 ? new Set(words) : undefined;
}

/**
 * Whether `described` (a figure's label and clause) joins a word of the phrase the question singles
 * out with another it does not have ("the central and provincial government" for "the central
 * government alone"): the figure is of the two together.
 */
export function jointWhereAlone(english: string, described: string): boolean {
  const one = singledOut(english);
  if (!one) return false;
  for (const m of described.toLowerCase().matchAll(/\b([a-z]+)\s+and\s+([a-z]+)\b/g)) {
    const [a, b] = [m[1]!, m[2]!];
    if (one.has(a) !== one.has(b)) return true;
  }
  return false;
}

// "How much did the project in Beetown County alone cost?" of a sentence that gives the project's
// cost "in two pilot counties, namely Aville County and Beetown County": the figure is the listed
// places' together, and the one singled out has no part of it stated. A run of capitalised names
// joined by commas or "and" and closed by a kind of place lists the places a figure is for.
const PLACE_KIND = "(?:Count(?:y|ies)|Cit(?:y|ies)|Districts?|Townships?|Towns?|Villages?|Prefectures?)";
const PLACE_LIST = new RegExp(
  String.raw`\b((?:\p{Lu}\p{L}+(?:\s+${PLACE_KIND})?(?:\s*,\s*(?:and\s+)?|\s+and\s+))+\p{Lu}\p{L}+)\s+${PLACE_KIND}\b`,
  "gu",
);
const KIND_WORD = new RegExp(String.raw`\s+${PLACE_KIND}$`, "u");

/**
 * Whether `sentence` lists the places its figure is for ("Aville County and Beetown County",
 * "namely Aville, Beetown and Ceeville County") and the question singles out with "alone" some of
 * them but not all: the figure is of the listed places together.
 */
export function listedPlacesWhereAlone(english: string, sentence: string): boolean {
  const one = singledOut(english);
  if (!one) return false;
  for (const m of sentence.matchAll(PLACE_LIST)) {
    const names = m[1]!
      .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
      .map((n) => n.replace(KIND_WORD, "").toLowerCase())
      .filter((n) => /^[a-z]+$/.test(n));
    if (names.length < 2) continue;
    const asked = names.filter((n) => one.has(n));
    if (asked.length > 0 && asked.length < names.length) return true;
  }
  return false;
}
