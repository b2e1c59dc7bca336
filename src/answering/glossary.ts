// Chinese questions are translated word by word into the report's English vocabulary with the
// curated glossary (loaded with the knowledge: knowledge/glossary.ts), longest term first, so the
// same index serves both languages. What the glossary lacks is segmented and looked up in CC-CEDICT
// (zh-gloss.ts): the glossary is an overlay on the dictionary, so a report nobody wrote terms for
// is still asked about in Chinese.
import type { Glossary } from "../knowledge/glossary.js";
import {
  glossChinese,
  glossWord,
  isDictionaryClassifier,
  MODIFIER_TAG,
  NAME_TAG,
  PLACE_KIND_WORDS,
  taggedWords,
} from "./zh-gloss.js";
import { countedHead, countedPhraseVerbs, verbsAsNouns } from "./zh-noun-verbs.js";
import { renderingsAsKnown } from "./glossary-renderings.js";
import { spellingVariants } from "../text/spelling.js";
import { attributiveReading, opensWithNoun, type WritesBefore } from "./zh-attributive.js";

/**
 * Replaces every known Chinese term by its English words where it stands, so numbers and words keep
 * their order ("超过2000 yuan" → "exceed 2000 yuan"); the Chinese left over gets the dictionary's words.
 */
export function translateChinese(
  asked: string,
  glossary: Glossary,
  /**
   * Which dictionary words to keep (default all). The dictionary's first sense is often not the
   * report's word ("修" → "decorate"), and a word no report has can only count against a match, so
   * the question reader keeps those the knowledge has; the glossary's own words are always kept.
   */
  keep: (word: string) => boolean = () => true,
  /** Whether the knowledge writes a word right before another (zh-attributive.ts); without it, terms read as written. */
  writesBefore?: WritesBefore,
): string {
  const text = fiscalYearAsYear(asked, glossary);
  // CC-CEDICT writes American English ("labor force"); a report in British spelling writes the
  // same word otherwise ("labour"). A dictionary word the knowledge lacks is read in the spelling
  // it has (text/spelling.ts), or the word was dropped as one no report uses.
  const spelt = (w: string) => spellingVariants(w).find((v) => keep(v));
  const keepSpelt = (w: string) => keep(w) || spelt(w.toLowerCase()) !== undefined;
  const asSpelt = (w: string) => (keep(w.toLowerCase()) ? w : (spelt(w.toLowerCase()) ?? w));
  let rest = text;
  const at = new Map<number, string>();
  for (const { start, end, english } of namesHidingTerms(text, glossary, keep)) {
    at.set(start, english);
    rest = rest.slice(0, start) + "\u0000".repeat(end - start) + rest.slice(end);
  }
  const terms: { start: number; zh: string; en: string }[] = [];
  for (const [term, written] of glossary.terms) {
    const en = renderingsAsKnown(hyphenedAsKnown(written, keep), keep);
    for (const zh of writtenForms(term)) {
      let i = rest.indexOf(zh);
      while (i >= 0) {
        at.set(i, en);
        terms.push({ start: i, zh, en });
        rest = rest.slice(0, i) + "\u0000".repeat(zh.length) + rest.slice(i + zh.length);
        i = rest.indexOf(zh, i + zh.length);
      }
    }
  }
  // A term right before another term's noun may only qualify it, as the reports write it
  // (中央财政扶贫资金: "central financial …", zh-attributive.ts).
  for (const { start, zh, en } of terms) {
    const next = at.get(start + zh.length)?.match(/[A-Za-z]+(?:-[A-Za-z]+)*/)?.[0];
    if (!next || !writesBefore || !opensWithNoun(text.slice(start + zh.length))) continue;
    const adjective = attributiveReading(zh, en);
    if (adjective !== en && writesBefore(adjective, next)) at.set(start, adjective);
  }
  // The text as glossary words and the stretches between them, each with where it starts.
  const parts: ({ english: string } | { piece: string; start: number })[] = [];
  for (let i = 0; i < rest.length; i++) {
    const english = at.get(i);
    const last = parts.at(-1);
    if (english !== undefined) parts.push({ english });
    else if (rest[i] === "\u0000") continue;
    else if (last && "piece" in last && last.start + last.piece.length === i) last.piece += rest[i];
    else parts.push({ piece: rest[i]!, start: i });
  }
  let tags: WordTags | undefined;
  const glossed = (piece: string, start: number) =>
    piece.replace(/\p{Script=Han}+/gu, (whole, at: number) => {
      const cut = yearSuffixOf(piece.slice(0, at), whole);
      const run = whole.slice(cut);
      const offset = at + cut;
      if (!run) return " ";
      tags ??= wordTags(text);
      const from = start + offset;
      const words = glossChinese(
        run,
        glossary,
        keepSpelt,
        tags.pieceOf(from, run.length),
        (i, n) => tags!.placeTag(from + i, n),
        (i, n) => tags!.beforeNoun(from + i, n),
      )
        .split(/\s+/)
        .map(asSpelt);
      const counted = tags.countedWords(glossary, keep);
      const kept = (w: string) => /\d/.test(w) || keep(w.toLowerCase());
      return ` ${words
        .filter((w) => w && (kept(w) || counted.has(w)))
        .map((w) => (kept(w) ? w : (counted.get(w) ?? w)))
        .join(" ")} `;
    });
  return (
    parts
      .map((p) => ("english" in p ? ` ${p.english} ` : glossed(p.piece, p.start)))
      .join("")
      .replace(/[，。？！、：；（）]/g, " ")
      .replace(/\s+/g, " ")
      // A comma the forms wrote between listed parts ("A, B, and C") follows its word, as English
      // writes it: the readers of a list look for a word right before the comma.
      .replace(/ ,/g, ",")
      .trim()
  );
}

/**
 * The glossary's English with each hyphened word the knowledge does not write read as its parts
 * the knowledge has. The glossary is written in one translator's words ("anti-poverty funds" for
 * 扶贫资金); a report by another writes "poverty alleviation funds", and searched as its parts, the
 * compound's "anti" stood in the question as a rare topic word no figure has, so a question the report
 * answers was refused. A hyphened word none of whose parts the knowledge has stays as written: it
 * is then a topic the report lacks.
 */
export function hyphenedAsKnown(english: string, keep: (word: string) => boolean): string {
  return english.replace(/[A-Za-z]+(?:-[A-Za-z]+)+/g, (word) => {
    // Written as one word ("microcredit" for "micro-credit"), the search finds it as the index does.
    if (keep(word.toLowerCase()) || keep(word.replaceAll("-", "").toLowerCase())) return word;
    const parts = word.split("-").filter((p) => keep(p.toLowerCase()));
    return parts.length > 0 ? parts.join(" ") : word;
  });
}

/**
 * Where the question names a place, a person or a body the knowledge writes (广元市, "Guangyuan")
 * and a glossary term stands inside the name past its first character (元 "yuan" in 广元市), the
 * term is only a character of the name: the name is read whole, in the words the knowledge writes
 * it with. A name the knowledge does not write keeps the glossary's reading of its parts.
 */
function namesHidingTerms(
  text: string,
  glossary: Glossary,
  keep: (word: string) => boolean,
): { start: number; end: number; english: string }[] {
  if (!/\p{Script=Han}/u.test(text)) return [];
  const names: { start: number; end: number; english: string }[] = [];
  let start = 0;
  for (const { word, tag } of taggedWords(text)) {
    const end = start + word.length;
    if (word.length > 1 && NAME_TAG.test(tag) && glossary.terms.some(([t]) => word.indexOf(t, 1) > 0)) {
      // The kind of place after the name ("City") is read only where the knowledge writes it.
      const english = glossWord(word, tag)
        .split(/\s+/)
        .filter((w) => w && (keep(w.toLowerCase()) || !PLACE_KIND_WORDS.has(w.toLowerCase())))
        .join(" ");
      const words = english.toLowerCase().split(/\s+/).filter(Boolean);
      if (words.length > 0 && words.every(keep)) names.push({ start, end, english });
    }
    start = end;
  }
  return names;
}

// The question forms write 和 between parts to add as English "and" ("中央 and 省级 combined",
// zh-forms.ts), where the sum reader finds the sides.
export const AND_WRITTEN = " and ";
/**
 * A term as the question may stand after the forms: as written, and, when it joins two words with
 * 和 (中央和省级, "central and provincial"), with the "and" the forms wrote for it. Such a term is a
 * pair the reports name as one ("funds from the central and provincial government"); cut apart,
 * each word took its own gloss (中央 "central government") and the pair no longer read as the name
 * the stated joint figure's label writes, so its two parts were added instead.
 */
export function writtenForms(term: string): string[] {
  return term.includes("和") ? [term, term.replaceAll("和", AND_WRITTEN)] : [term];
}

// 年 after a year's number (2013年) says only that the number is a year, as English writes the
// number alone; glossed on its own it stood in the question as the word "year", matching figures
// of an annual plan or of a year's end before the one asked for. The glossary has the years of the
// first report (2011年); this reads any year so. 年度 (annual) and 年初 (the start of the year) are
// words of their own.
const YEAR_NUMBER_BEFORE = /(?<![\d.])\d{4}\s*$/;
const YEAR_SUFFIX = /^年(?![度初])/;
/** How many characters at the start of a Han run are a year's 年 after the number before it (0 or 1). */
function yearSuffixOf(before: string, run: string): number {
  return YEAR_NUMBER_BEFORE.test(before) && YEAR_SUFFIX.test(run) ? 1 : 0;
}

// 年度 right after a year's number (2011年度绩效评价, "the 2011 performance evaluation") names that
// year as an accounting year, as English writes the number alone. The glossary's year (2011年) was
// read first and left 度 on its own, glossed "measure", a topic word no figure has. Only where a
// term of the glossary opens with 年度 (年度计划, "annual plan") is 年度 a word of its own.
const FISCAL_YEAR = /(\d{4})\s*年度/g;
/** The question with each year's 年度 read as its 年, but where a glossary term starts with that 年度. */
export function fiscalYearAsYear(text: string, glossary: Glossary): string {
  return text.replace(FISCAL_YEAR, (whole, year: string, at: number) => {
    const after = text.slice(at + whole.length - 2);
    const term = glossary.terms.some(
      ([zh]) => zh.startsWith("年度") && zh.length > 2 && after.startsWith(zh),
    );
    return term ? `${year}年${after.slice(0, 2)}` : `${year}年`;
  });
}

/** An English noun in the plural a count asks with: school → schools, facility → facilities, box → boxes. */
export function countedPlural(noun: string): string {
  // Not a plain word, or one already plural ("villages"; "grass" is no plural).
  if (!/^[a-z]+$/i.test(noun) || /[^s]s$/i.test(noun)) return noun;
  if (/[^aeiou]y$/i.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/i.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/** What the words of the whole question say about a stretch of it glossed on its own. */
type WordTags = {
  /**
   * Where a glossary term is cut out of a longer word (村 out of 村道, "village road"; 区 out of 片区),
   * what is left is a piece of that word, not a word of its own: alone, jieba reads 道 or 片 as a
   * measure word and it was dropped. The piece is glossed with the whole word's tag (undefined: the
   * stretch is not a piece of one word, and jieba reads it as it stands).
   */
  pieceOf(start: number, length: number): string | undefined;
  /**
   * The tag the word at exactly this stretch takes from where it stands (zh-noun-verbs.ts): a verb
   * inside a noun phrase is a noun ("n"), one inside a counted noun phrase qualifies the noun it
   * ends in (MODIFIER_TAG); undefined elsewhere.
   */
  placeTag(start: number, length: number): string | undefined;
  /** Whether the word ending where this stretch ends is followed by a noun (it qualifies that noun). */
  beforeNoun(start: number, length: number): boolean;
  /**
   * The English of the thing a question word with a measure word counts (多少所学校 "school"), kept
   * even when no report writes it. Other dictionary words no report writes are dropped, as likely a
   * sense the question does not mean; but the thing counted is what the question is about, and
   * without it "how many hospitals" read as "how many" of whatever the rest named (rural poor people),
   * a wrong figure where the report has no count of it at all.
   */
  countedWords(glossary: Glossary, keep: (word: string) => boolean): Map<string, string>;
};
function wordTags(text: string): WordTags {
  const tagged = taggedWords(text);
  const nouns = verbsAsNouns(tagged);
  const modifiers = countedPhraseVerbs(tagged);
  const words: { start: number; end: number; tag: string; place?: string }[] = [];
  let at = 0;
  tagged.forEach(({ word, tag }, i) => {
    const place = modifiers.has(i) ? MODIFIER_TAG : nouns.has(i) ? "n" : undefined;
    words.push({ start: at, end: at + word.length, tag, ...(place && { place }) });
    at += word.length;
  });
  let counted: Map<string, string> | undefined;
  return {
    countedWords: (glossary, keep) => {
      if (counted) return counted;
      const head = tagged[countedHead(tagged, isDictionaryClassifier)];
      const english = (head ? glossChinese(head.word, glossary, keep) : "").split(/\s+/).filter(Boolean);
      // Each word as written, but the last, the English head, in the plural "how many" asks with:
      // Chinese writes no number, and the singular ("how many hospital") read as an everyday word.
      counted = new Map(english.map((w, i) => [w, i === english.length - 1 ? countedPlural(w) : w]));
      return counted;
    },
    pieceOf: (start, length) => {
      const w = words.find((x) => x.start <= start && start + length <= x.end);
      return w && w.end - w.start > length ? w.tag : undefined;
    },
    placeTag: (start, length) => words.find((x) => x.start === start && x.end === start + length)?.place,
    beforeNoun: (start, length) => {
      const at = words.findIndex((x) => x.end === start + length);
      return at >= 0 && /^n/.test(words[at + 1]?.tag ?? "");
    },
  };
}
