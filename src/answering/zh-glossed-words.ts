// The English words a Chinese question gets from the curated glossary alone (雨露计划 "Rain Plan"),
// apart from those the dictionary gives the rest of it (zh-gloss.ts). A glossary term was written
// for the reports' own wording, so its words name what the reports name by them; a dictionary gloss
// carries words of every sense of a word ("public finance" for 财政), which say little about which
// programme is meant. Only a term that names a thing counts (雨露计划, 培训): a verb's rendering
// (投入 "invested put in") says what was done, which a report's sections share, whatever word one
// of their titles opens with ("Investment of …").
import type { Glossary } from "../knowledge/glossary.js";
import { writtenForms } from "./glossary.js";
import { taggedWords } from "./zh-gloss.js";

// jieba's tags of a word that names a thing: nouns and names (n, nr, ns, nz …), verbal nouns (vn),
// abbreviations (j), set phrases and idioms (l, i).
const THING_TAG = /^(?:n[a-z]*|vn|j|l|i)$/;
const namesThing = (term: string) => THING_TAG.test(taggedWords(term).at(-1)?.tag ?? "");

/**
 * The glossary's English for each term naming a thing that the question writes, longest term first
 * as the translation reads them.
 */
export function glossaryWordsIn(question: string, glossary: Glossary): string[] {
  let rest = question;
  const out: string[] = [];
  for (const [term, english] of glossary.terms)
    for (const zh of writtenForms(term)) {
      if (!rest.includes(zh)) continue;
      rest = rest.split(zh).join("\u0000");
      if (namesThing(term)) out.push(...(english.toLowerCase().match(/[a-z][a-z'-]*/g) ?? []));
    }
  return out;
}
