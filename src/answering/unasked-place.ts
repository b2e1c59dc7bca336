// A figure a label gives for a named place ("Moved people in Ganzi Prefecture", "Loans issued
// in Lankao County") is that place's part of a measure the report may also give whole; a question
// that names no such place wants the whole, so the place's part is pushed down, as a named doer's
// part is (rank.ts). The place counts as named when the question has its first word ("Ganzi").
// A Chinese question writes the name in Chinese, which the label's spelling cannot be checked
// against: it is left alone.
import type { Question } from "./understand.js";

const UNASKED_PLACE_FACTOR = 0.8;
/** A label that ends in "in" and a capitalised name of a place kind: "in Ganzi Prefecture". */
const NAMED_PLACE =
  /\bin (?:the )?((\p{Lu}[\p{L}’'-]*)(?:\s\p{Lu}[\p{L}’'-]*)*\s(?:Prefecture|County|City|District|Township|Town|Banner|League))$/u;

/** The factor of each entry's label for one question: the question is lower-cased once, not per entry. */
export function placeFactorOf(q: Question): (label: string) => number {
  if (q.language !== "en") return () => 1;
  const question = q.english.toLowerCase();
  return (label) => {
    const name = NAMED_PLACE.exec(label)?.[2];
    return name && !new RegExp(`\\b${name.toLowerCase()}`).test(question) ? UNASKED_PLACE_FACTOR : 1;
  };
}
