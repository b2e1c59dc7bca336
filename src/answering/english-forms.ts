// Whether a written word is English: a word of the frequency list (background.ts), or a regular
// inflection of one that WordNet knows in the inflection's part of speech. The list holds the forms
// people say most and lacks many rarer forms of its words ("doled", "overhauls"): such a form is a
// real word all the same, to be read for its meaning and never respelt into a report word.
import { inflectedBases } from "../text/inflections.js";
import { isEnglishWord } from "./background.js";
import { isVerbBase, relatedTo } from "./word-relations.js";

/**
 * Whether a word the frequency list lacks is a regular inflection of an English word it has, one
 * WordNet knows in that part of speech ("doled": the verb "dole", as in "dole out"; "overhauls":
 * "overhaul"): a real word, left as written like any other, never respelt into a report word. Not
 * "licing", whose "lice" is no verb.
 */
export function isInflectedEnglish(w: string): boolean {
  return inflectedBases(w).some(
    ({ base, verb }) => isEnglishWord(base) && (verb ? isVerbBase(base) : relatedTo(base, true).length > 0),
  );
}

/** A word of the frequency list, or a regular inflection of one (isInflectedEnglish). */
export function isEnglishForm(word: string): boolean {
  return isEnglishWord(word) || isInflectedEnglish(word.toLowerCase());
}
