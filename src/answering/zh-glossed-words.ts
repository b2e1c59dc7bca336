// The English words a Chinese question gets from the curated glossary alone (雨露计划 "Rain Plan"),
// apart from those the dictionary gives the rest of it (zh-gloss.ts). A glossary term was written
// for the reports' own wording, so its words name what the reports name by them; a dictionary gloss
// carries words of every sense of a word ("public finance" for 财政), which say little about which
// programme is meant.
import type { Glossary } from "../knowledge/glossary.js";
import { writtenForms } from "./glossary.js";

/** The glossary's English for each term the question writes, longest term first as the translation reads them. */
export function glossaryWordsIn(question: string, glossary: Glossary): string[] {
  let rest = question;
  const out: string[] = [];
  for (const [term, english] of glossary.terms)
    for (const zh of writtenForms(term)) {
      if (!rest.includes(zh)) continue;
      rest = rest.split(zh).join("\u0000");
      out.push(...(english.toLowerCase().match(/[a-z][a-z'-]*/g) ?? []));
    }
  return out;
}
