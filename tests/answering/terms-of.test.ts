// Reading a text into words and terms makes one list, not a list per word: the same words (a
// hyphenated word, then its parts) and the same terms (content words' stems, then Chinese
// character pairs, each once in order of first appearance) as reading them word by word.
import { expect, it } from "vitest";
import { hanBigrams, termsOf } from "../../src/answering/search-index.js";
import { contentWords, hasHan, words } from "../../src/text/words.js";
import { realEngine } from "../support/knowledge.js";

const wordByWord = (text: string) =>
  (
    text
      .toLowerCase()
      .normalize("NFKC")
      .replace(/[’‘]/g, "'")
      .match(/[a-z][a-z0-9]*(?:-[a-z0-9]+)*|\d+(?:[.,]\d+)*/g) ?? []
  ).flatMap((w) => (w.includes("-") ? [w, ...w.split("-")] : [w]));

const termByTerm = (text: string) => [
  ...new Set([...contentWords(text).map((w) => w.stem), ...(hasHan(text) ? hanBigrams(text) : [])]),
];

it("reads every sentence, label and alias of the report as word by word", () => {
  const kb = realEngine().kb;
  const texts = [
    ...kb.sections.flatMap((s) => s.sentences),
    ...kb.entries.flatMap((e) => [e.label, e.context, ...e.aliases]),
    "micro-credit and re-employment: 1,200 people (2011年贫困人口)",
  ];
  expect(words("micro-credit loans")).toEqual(["micro-credit", "micro", "credit", "loans"]);
  for (const text of texts) {
    expect(words(text), text).toEqual(wordByWord(text));
    expect(termsOf(text), text).toEqual(termByTerm(text));
  }
});
