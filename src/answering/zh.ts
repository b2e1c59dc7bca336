// Chinese wording of what the report states in English: labels, section titles, place names and
// the engine's no-answer reasons. Every Chinese name comes from the knowledge (an entry's Chinese
// alias, a section's titleZh) or from the glossary read backwards; a name with neither stays in
// English inside Chinese quotes, so a reply is never half translated without saying so.
import type { KnowledgeBase } from "../knowledge/load.js";
import { sectionKey } from "../knowledge/section-key.js";
import type { Entry } from "../knowledge/schema.js";
import { chineseLabel, type Lang } from "../knowledge/figures.js";
import type { Glossary } from "../knowledge/glossary.js";
import { PROVINCES_ZH } from "./regions.js";
import { getOrInsertComputed } from "../util/maps.js";
import { MONTH_NAMES } from "../text/years.js";

/** What Chinese wording needs from the knowledge: the sections' Chinese titles and the glossary. An Engine is one. */
export type Lexicon = { readonly kb: KnowledgeBase; readonly glossary: Glossary };

/** English words inside a Chinese sentence: quoted, so the reader sees they were not translated. */
export const quoteEnglish = (s: string) => `“${s}”`;

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();

// The glossary maps Chinese to English; read backwards it names English phrases in Chinese. Several
// Chinese terms may give one phrase (桥梁, 桥 -> bridges): the longest is the fullest name.
const reversed = new WeakMap<Glossary, Map<string, string>>();
function englishToChinese(glossary: Glossary): Map<string, string> {
  return getOrInsertComputed(reversed, glossary, () => {
    const map = new Map<string, string>();
    for (const [zh, en] of glossary.terms) {
      const key = norm(en);
      const had = map.get(key);
      if (!had || zh.length > had.length) map.set(key, zh);
    }
    return map;
  });
}

/** The glossary's Chinese for a whole English phrase (also without a trailing "(…)"), if it has one. */
export function glossaryChinese(english: string, glossary: Glossary | undefined): string | undefined {
  if (!glossary) return undefined;
  const map = englishToChinese(glossary);
  return map.get(norm(english)) ?? map.get(norm(english.replace(/\s*\([^)]*\)\s*$/, "")));
}

/** What an entry measures, in `lang`: its label; in Chinese its Chinese alias, else the glossary's, else the quoted English. */
export function labelIn(e: Entry, lang: Lang, glossary?: Glossary): string {
  if (lang === "en") return e.label;
  return chineseLabel(e) ?? glossaryChinese(e.label, glossary) ?? quoteEnglish(e.label);
}

// Section titles by report and title; a refresh builds a new knowledge base, so the cache goes with it.
const sectionTitles = new WeakMap<KnowledgeBase, Map<string, string>>();
function chineseTitles(kb: KnowledgeBase): Map<string, string> {
  return getOrInsertComputed(sectionTitles, kb, () => {
    const map = new Map<string, string>();
    for (const s of kb.sections) {
      if (!s.titleZh) continue;
      map.set(sectionKey(s.report, s.title), s.titleZh);
      if (!map.has(s.title)) map.set(s.title, s.titleZh);
    }
    return map;
  });
}

/** A section's Chinese title (annotations, then glossary), or undefined when neither gives one. */
export function sectionChinese(
  section: string,
  lex: Lexicon | undefined,
  report?: string,
): string | undefined {
  if (!lex) return undefined;
  const titles = chineseTitles(lex.kb);
  return (
    (report ? titles.get(sectionKey(report, section)) : undefined) ??
    titles.get(section) ??
    glossaryChinese(section, lex.glossary)
  );
}

/** A section's title for a reader of `lang`: 易地扶贫搬迁; untranslatable titles stay English, quoted. */
export function sectionTitleIn(
  section: string,
  lex: Lexicon | undefined,
  lang: Lang,
  report?: string,
): string {
  if (lang === "en") return section;
  return sectionChinese(section, lex, report) ?? quoteEnglish(section);
}

/**
 * A section as a citation names it. In Chinese the English title follows in brackets, so the
 * reader can find the 【section】 in the report: 「易地扶贫搬迁」（Relocation for poverty alleviation）.
 */
export function sectionCitedIn(
  section: string,
  lex: Lexicon | undefined,
  lang: Lang,
  report?: string,
): string {
  if (lang === "en") return section;
  const zh = sectionChinese(section, lex, report);
  return zh ? `「${zh}」（${section}）` : quoteEnglish(section);
}

const PROVINCE_CHINESE = new Map<string, string>();
for (const [zh, en] of Object.entries(PROVINCES_ZH))
  if (!PROVINCE_CHINESE.has(en)) PROVINCE_CHINESE.set(en, zh);

/** A province or region name in Chinese (河南), or the English name quoted. */
export function regionIn(region: string, lang: Lang, glossary?: Glossary): string {
  if (lang === "en") return region;
  return PROVINCE_CHINESE.get(region) ?? glossaryChinese(region, glossary) ?? quoteEnglish(region);
}

const listZh = (items: string) => items.split(/,\s*|\s+(?:and|or)\s+/).filter(Boolean);

/**
 * The engine's no-answer reason in Chinese. The engine states its reasons in English sentences
 * (engine.ts scopeProblem); the known ones are read here. A reason already in Chinese is kept;
 * an unknown English one is dropped (the reply still says there is no answer) rather than shown
 * half translated.
 */
export function reasonIn(reason: string, lang: Lang, glossary?: Glossary): string {
  if (lang === "en" || /\p{Script=Han}/u.test(reason) || !reason.trim()) return reason;
  const place = (s: string) =>
    listZh(s)
      .map((r) => regionIn(r, "zh", glossary))
      .join("、");
  const years = (s: string) =>
    listZh(s)
      .map((y) => (/^\d{4}$/.test(y) ? `${y}年` : quoteEnglish(y)))
      .join("、");
  let m = /^It covers (.+), not (.+)\.$/.exec(reason);
  if (m) return `报告只涉及${place(m[1]!)}，不涉及${place(m[2]!)}。`;
  m = /^It has figures for (.+), not (.+)\.$/.exec(reason);
  if (m) return `报告只有${years(m[1]!)}的数字，没有${years(m[2]!)}的数字。`;
  if (/^The question has no words to look up\.?$/.test(reason)) return "问题中没有可以查找的词。";
  if (/^The report has no figure that matches what was asked\.?$/.test(reason))
    return "报告中没有与所问内容相符的数字。";
  return "";
}

// A title in 《…》 followed by its English in brackets: 《扶贫开发简报》（Reports on …）.
const GLOSSED_TITLE = /《([^》]{1,80})》\s*[（(]([^）)]*[A-Za-z][^）)]*)[）)]/g;
/**
 * A Chinese question that quotes a title with the report's English for it asks in the report's own
 * words: the English is what to search for, not a word-by-word translation of the Chinese title
 * beside it (which would read the title twice, the second time in words the report never uses).
 */
export function englishTitles(question: string): string {
  return question.replace(GLOSSED_TITLE, (_, _zh: string, en: string) => quoteEnglish(en.trim()));
}

// A calendar date written the Chinese way: 10月31日, 12月底 (the end of the month), 3月份; after
// 截至 / 截止 / 到 it says as of when a figure was taken.
const CHINESE_DATE =
  /(截至|截止到?|到)?\s*(?<![\d.])(1[0-2]|0?[1-9])\s*月(?:份)?\s*(?:(3[01]|[12]\d|0?[1-9])\s*[日号]|(底|末))?/g;
// The end of a year (2012年末, 年底): a stock taken then ("the poor population at the end of 2012"),
// which the reports write with "end"; without it the words were lost. 到/截至 before it says "as of".
const YEAR_END = /(到|截至|截止到?)?\s*(?:(\d{4})\s*年|年)(?:末|底)/g;
/**
 * Chinese dates for the search. "As of" a date (截至10月31日) is when a figure was taken, scaffolding
 * like English "as of the end of the month" (a stopword run): dropped, since read as bare numbers
 * the month and day were searched for as figures ("12", "31") that no label has. Any other date
 * (the day something was launched) is what is asked about, in the words the report writes dates
 * with ("January 9", "the end of December"). The end of a named year reads as English and the
 * reports write it, "at the end of 2012", whatever comes before it; read "2012 at the end of the
 * year", its "year" stood in the question as a topic word the figure's sentence ("fell to N at the
 * end of 2012") does not have, and the figure fell below the coverage an answer needs. The end of
 * the year with no year named (年底) stays "at the end of the year"; 到 / 截至 before a named year's
 * end makes it an as-of date: the year alone.
 */
export function chineseDates(question: string): string {
  return question
    .replace(CHINESE_DATE, (_, asOf?: string, month?: string, day?: string, end?: string) => {
      if (asOf) return " ";
      const name = MONTH_NAMES[Number(month) - 1]!;
      return ` ${end ? `end of ${name}` : day ? `${name} ${Number(day)}` : name} `;
    })
    .replace(YEAR_END, (_, asOf?: string, year?: string) =>
      // "As of the end of 2011" (到2011年底) says when a figure was taken, as an as-of date does: its
      // year stays (scope), the scaffolding goes; searched, "year" matched no label of the figure.
      asOf && year ? ` ${year} ` : year ? ` at the end of ${year} ` : " at the end of the year ",
    );
}
