// Word-level text handling shared by the index and the question parser.
import { stemmer } from "stemmer";

// Function words and question scaffolding: they carry no topic, and fuse.js's token weighting
// treats unseen words as the rarest, so they must go before any scoring.
export const STOPWORDS = new Set(
  ("a an the of in on at to for from by with as and or but if than then so that this these those it its " +
    "is are was were be been being do does did done has have had having will would can could should shall may might " +
    "what which who whom whose when where why how many much more most less any some all each every no not " +
    "i me my we our you your he she they them their there here about into out over under up down per " +
    "please tell show give know find say said says report reports also just only very really get got " +
    "happen happened happening going went mention mentioned describe explain regarding concerning like " +
    "go goes gone make made making available overall amount absolute terms compared compare versus vs before " +
    "actually exactly approximately roughly around about altogether respectively itself themselves whole " +
    "end month months carried carry carries " +
    "s t d ll ve re").split(" "),
);

export type Word = { surface: string; stem: string };

export function words(text: string): string[] {
  return (text.toLowerCase().normalize("NFKC").replace(/[’‘]/g, "'").match(/[a-z][a-z0-9]*(?:-[a-z0-9]+)*|\d+(?:[.,]\d+)*/g) ?? [])
    .flatMap((w) => (w.includes("-") ? [w, ...w.split("-")] : [w]));
}

const stemCache = new Map<string, string>();
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /^\d/.test(word) ? word.replace(/,/g, "") : stemmer(word);
    stemCache.set(word, s);
  }
  return s;
}

/** Content words of a text, stemmed, without stopwords, in order (duplicates kept). */
export function contentWords(text: string): Word[] {
  return words(text)
    .filter((w) => !STOPWORDS.has(w) && w.length > 1)
    .map((w) => ({ surface: w, stem: stem(w) }));
}

export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

/** A label inside a sentence: its first letter lower-cased, unless it starts a name ("Rain Plan funds"). */
export function lowerFirst(s: string): string {
  return /^[A-Z][a-z]+\b(?!\s+[A-Z])/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}
