// The thing a Chinese count question counts, when no report has it. "多少所乡镇医院" counts hospitals:
// its head noun is the last noun after 多少 and its measure word. A gloss no report writes is dropped
// from the question's English reading ("how many township"), so the reading alone no longer says what
// is counted, and a figure of anything in townships answered. English asks the same with "how many
// township hospitals", refused because no report counts hospitals (subject.ts); this is that rule for Chinese.
import type { Glossary } from "../knowledge/glossary.js";
import { glossChinese, taggedWords } from "./zh-gloss.js";
import { QUANTITY_NOUNS } from "../text/words.js";
import { baseForms, relatedTo } from "./word-relations.js";

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

// The verb that makes the subject the amount asked: "X是多少", "X有多少", "X为多少", "X共有多少".
const COPULA = /^(?:是|有|为|共有)$/;
// Words of a gloss that only say a quantity of something ("total output": "total"), naming no thing.
const ONLY_QUANTITY = new Set([...QUANTITY_NOUNS, "total"]);

/**
 * The head noun of the subject a how-much question asks the amount of ("粮食总产量是多少": 总产量, the
 * output), when neither the glossary nor any reading of it (`known`) is a report word beyond a word
 * of quantity. Its gloss ("total output") was cut to the words the reports use ("total"), so the
 * reading alone no longer said what was measured, and any total of the report answered. English
 * asks the same with "what was the total grain output", refused because no report has output
 * (subject.ts); this is that rule for the subject of a Chinese copula, as unknownCountedHead is for
 * a counted noun. Undefined when the copula is not right before the question word, or the noun
 * before it is no plain noun or is known.
 */
export function unknownSubjectHead(
  raw: string,
  glossary: Glossary,
  known: (word: string) => boolean,
): string | undefined {
  const words = taggedWords(raw);
  const at = words.findIndex(
    (w, i) => COPULA.test(w.word) && ASKS_COUNT.test(words[i + 1]?.word ?? "") && i > 0,
  );
  if (at < 0) return undefined;
  const head = words[at - 1]!;
  if (!NOUN.test(head.tag)) return undefined;
  // A measure word after the question word counts a noun of its own, read by unknownCountedHead.
  const after = words[at + 2];
  if (after && isMeasure(after.word, after.tag) && NOUN.test(words[at + 3]?.tag ?? "")) return undefined;
  // A glossary term inside or around the head (就业 of 就业率) is a word the translator gave the reports.
  if (glossary.terms.some(([zh]) => zh.includes(head.word) || head.word.includes(zh))) return undefined;
  const english = glossChinese(head.word, glossary, known);
  const read = (english.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => !ONLY_QUANTITY.has(w));
  return read.length > 0 && !read.some((w) => known(w) || derivedKnown(w, known)) ? head.word : undefined;
}

/**
 * Whether the reports write a word WordNet derives from `word` or it from them, the same thing in
 * another part of speech ("coverage": the reports' "covered"): the head is then a thing they have.
 */
function derivedKnown(word: string, known: (word: string) => boolean): boolean {
  return baseForms(word).some((base) =>
    relatedTo(base).some((r) => r.relation === "derived" && !r.word.includes(" ") && known(r.word)),
  );
}
