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

// A name as a sentence writes it: capitalised words in a row ("Fan County").
const NAME = String.raw`\p{Lu}[\w'’-]*(?:\s+\p{Lu}[\w'’-]*)*`;
// Two names side by side in a list: "A and B", "A, B", "A, and B".
const LISTED_PAIR = new RegExp(String.raw`(${NAME})(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?=(${NAME}))`, "gu");

/**
 * Whether `sentence` lists the one the question singles out ("Beetown County alone") beside another
 * name ("in two counties, namely Queshan County and Fan County, … the total investment was N"): a
 * figure the sentence gives for the listed places is theirs together, and the one's own part is not
 * stated. A name is the one singled out when every word of it but its last (its kind) is in the question's phrase.
 */
export function listedWithOthersWhereAlone(english: string, sentence: string): boolean {
  const one = singledOut(english);
  if (!one) return false;
  // The name's last word may be its kind, which a list writes once for all ("Aville, Beetown and
  // Ceeville County") and a question may leave out ("Ceeville alone").
  const isOne = (name: string) => {
    const words = name.toLowerCase().split(/\s+/);
    return (words.length > 1 ? words.slice(0, -1) : words).every((w) => one.has(w));
  };
  for (const m of sentence.matchAll(LISTED_PAIR)) {
    const [a, b] = [m[1]!, m[2]!];
    if (isOne(a) !== isOne(b)) return true;
  }
  return false;
}
