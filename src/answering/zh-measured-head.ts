// The thing a Chinese how-much question measures, when no report has it. "全省的棉花总产量是多少"
// asks for an output of cotton: the subject before the copula and 多少 is what is measured, and
// its last noun the head. A gloss no report writes is dropped from the question's English reading
// (only "total" of "total output" was left), so the reading no longer says what is measured, and any
// total of the report answered. English asks the same with "what was the total cotton output",
// refused because no report has output (subject.ts); this is that rule for a Chinese subject, as
// zh-counted-head.ts is for a counted noun.
import type { Glossary } from "../knowledge/glossary.js";
import { QUANTITY_NOUNS } from "../text/words.js";
import { glossChinese, taggedWords } from "./zh-gloss.js";

// The copula and question word that end the clause: "X是多少", "X有多少", "X为多少", then at most a
// money or measure word and the question mark.
const COPULA_ASKED = /^(?:是|有|为|共有)$/;
const ASKED = /^(?:多少|几)$/;
const RATE = /(?:率|比例|比重)$/;
const MONEY_UNIT = /^(?:元|万元|亿元)$/;
// Common nouns (n), nouns of a kind (ng), foreign words jieba tags as nouns (nz).
const NOUN = /^(?:n|ng|nz)$/;
// Words of a gloss that say what kind of figure is asked (a total, an amount), not what it is of.
const KIND_OF_FIGURE = new Set([...QUANTITY_NOUNS, "total", "totals"]);

/**
 * The head noun of the subject a Chinese how-much question measures ("…的粮食总产量是多少": 总产量),
 * when neither the glossary nor any reading of it (`known`: words the reports use) names a thing a
 * report has; the words that only say what kind of figure (total, amount) name none. Undefined when
 * the clause does not end in copula + 多少, the subject ends in no plain noun, or its head is known.
 */
export function unknownMeasuredHead(
  raw: string,
  glossary: Glossary,
  known: (word: string) => boolean,
): string | undefined {
  const words = taggedWords(raw);
  let end = words.length;
  while (end > 0 && !/\p{Script=Han}|\w/u.test(words[end - 1]!.word)) end--;
  // A unit after the question word (多少元, 多少吨) says the kind of figure, not what it is of.
  if (end > 0 && (words[end - 1]!.tag === "q" || MONEY_UNIT.test(words[end - 1]!.word))) end--;
  if (end < 3 || !ASKED.test(words[end - 1]!.word) || !COPULA_ASKED.test(words[end - 2]!.word))
    return undefined;
  const head = words[end - 3]!;
  // A rate (就业率, 覆盖率) is a kind of figure whose thing the report may word otherwise
  // ("participation", "employed"): what it is a rate of is left to the search.
  if (!NOUN.test(head.tag) || RATE.test(head.word)) return undefined;
  if (glossary.terms.some(([zh]) => zh.includes(head.word))) return undefined;
  const english = glossChinese(head.word, glossary, known);
  const read = (english.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => !KIND_OF_FIGURE.has(w));
  return read.length > 0 && !read.some(known) ? head.word : undefined;
}
