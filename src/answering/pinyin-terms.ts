// An English question may write a Chinese term in pinyin, the way English-language writing about
// China borrows it ("hukou" for 户口, "mu" for 亩): "how many were on dibao" asks about 低保, which
// the report translates. A word the reports do not have, made wholly of pinyin syllables, that is
// the toneless pinyin of a term of the curated glossary (two characters or more: one syllable is
// too often an English word) reads as that term's English. Only glossary terms are read so: the
// dictionary's other hundred thousand words would turn chat slang into Chinese.
import type { Glossary } from "../knowledge/glossary.js";
import { getOrInsertComputed } from "../util/maps.js";
import { pinyinOf } from "./zh-gloss.js";

const INITIAL = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?";
const FINAL =
  "(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu|ua|uo|ui|ue|ve|a|o|e|i|u|v)";
/** A word of two pinyin syllables or more, tones left out ("dibao", "hukou"). */
const PINYIN_WORD = new RegExp(`^(?:${INITIAL}${FINAL}){2,}$`);

/** Toneless pinyin as one lower-case word: "Di1 bao3" → "dibao", "lu:4" → "lv". */
export const tonelessPinyin = (pinyin: string) =>
  pinyin
    .replace(/[0-9\s]/g, "")
    .replace(/u:/g, "v")
    .toLowerCase();

const byGlossary = new WeakMap<Glossary, Map<string, string>>();
/** The glossary's terms of two characters or more by their toneless pinyin; built once per glossary. */
function termsByPinyin(glossary: Glossary): Map<string, string> {
  return getOrInsertComputed(byGlossary, glossary, () => pinyinIndex(glossary));
}

function pinyinIndex(glossary: Glossary): Map<string, string> {
  const map = new Map<string, string>();
  for (const [zh, en] of glossary.terms) {
    if ([...zh].length < 2 || !/^\p{Script=Han}+$/u.test(zh)) continue;
    const pinyin = pinyinOf(zh);
    // Two terms read alike are ambiguous: neither is read.
    const key = pinyin && tonelessPinyin(pinyin);
    if (!key) continue;
    map.set(key, map.has(key) && map.get(key) !== en ? "" : en);
  }
  return map;
}

/**
 * The English question with each pinyin word of a glossary term replaced by the term's English;
 * `known`: whether the reports have a word (those are theirs, never read as pinyin).
 */
export function readPinyinTerms(
  english: string,
  glossary: Glossary,
  known: (word: string) => boolean,
): string {
  return english.replace(/\p{L}+/gu, (word) => {
    const lower = word.toLowerCase();
    if (!PINYIN_WORD.test(lower) || known(lower)) return word;
    return termsByPinyin(glossary).get(lower) || word;
  });
}
