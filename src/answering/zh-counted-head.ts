// The thing a Chinese count question counts, when no report has it. "多少所乡镇医院" counts hospitals:
// its head noun is the last noun after 多少 and its measure word. A gloss no report writes is dropped
// from the question's English reading ("how many township"), so the reading alone no longer says what
// is counted, and a figure of anything in townships answered. English asks the same with "how many
// township hospitals", refused because no report counts hospitals (subject.ts); this is that rule for Chinese.
import type { Glossary } from "../knowledge/glossary.js";
import { glossChinese, taggedWords } from "./zh-gloss.js";

// 多少 / 几, alone or with the measure word inside it (几个).
const ASKS_COUNT = /^(?:多少|几)/;
// Common nouns (n), nouns of a kind (ng), foreign words jieba tags as nouns (nz).
const NOUN = /^(?:n|ng|nz)$/;
// A measure word: jieba's tag for one (q), or any one character between 多少 and a noun (所 is
// tagged as a conjunction in 多少所).
const isMeasure = (word: string, tag: string) => tag === "q" || word.length === 1;

/**
 * The head noun of the phrase a count question counts, when neither the glossary nor any reading of
 * it (`known`: words the reports use) is a report word; undefined when the phrase ends in no plain
 * noun (a title in 《》, a verb) or its head is known.
 */
export function unknownCountedHead(
  raw: string,
  glossary: Glossary,
  known: (word: string) => boolean,
): string | undefined {
  const words = taggedWords(raw);
  const at = words.findIndex((w) => ASKS_COUNT.test(w.word));
  if (at < 0) return undefined;
  let i = at + 1;
  const measure = words[i];
  if (measure && isMeasure(measure.word, measure.tag) && NOUN.test(words[i + 1]?.tag ?? "")) i += 1;
  let head: string | undefined;
  while (i < words.length && NOUN.test(words[i]!.tag)) head = words[i++]!.word;
  // The counted phrase must end the clause or meet its verb: a noun before 的 qualifies another, and
  // one before a title in 《》 is the title's measure word (多少期《…》: issues of the title).
  const next = words[i];
  if (!head || (next && !/^(?:v|vn|x|ul|uj|y)$/.test(next.tag)) || next?.word === "的" || next?.word === "《")
    return undefined;
  if (glossary.terms.some(([zh]) => zh.includes(head!))) return undefined;
  const english = glossChinese(head, glossary, known);
  const read = english.toLowerCase().match(/[a-z]+/g) ?? [];
  return read.length > 0 && !read.some(known) ? head : undefined;
}
