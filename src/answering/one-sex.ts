// "How many mothers were trained?", "how many boys got school meals?": persons of one sex are a
// sub-group of whatever persons a report counts (people, trainees, students). A report that never
// names the sex does not count that sub-group, and its count of all the persons is no answer.
import { relatedWords } from "./word-relations.js";

/** A word for a sex, in WordNet's same-sense or broader words ("female person", "married woman"). */
// Not "man" ("adult male"): it is also mankind and anyone at all ("common man" is broader than
// "workers"), and so are the everyday words WordNet files only as kinds of man: "guys", "dudes" and
// "folks" in chat ask about everybody. "male" on its own ("male child", "male parent") still counts.
const SEX = /\b(?:female|woman)\b|(?<!\badult )\bmale\b/;

/** Whether WordNet files a noun as a person of one sex ("women", "girls", "wives", "sons"). */
export function namesOneSex(word: string): boolean {
  return relatedWords(word, undefined, "noun").related.some(
    (r) => r.pos === "noun" && (r.relation === "synonym" || r.relation === "broader") && SEX.test(r.word),
  );
}
