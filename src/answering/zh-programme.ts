// Whether a Chinese phrase names one of a report's programmes. A report gives each programme a
// section ("Relocation for poverty alleviation", "Entire village advancement"), and a question names
// it with the action it is (扶贫搬迁, 整村推进), which jieba reads as verbs. Such a subject of a verb
// of giving (扶贫搬迁投入了多少资金) is what the money went into, not a giver; word classes cannot
// tell the two apart, the report's own section titles can.
import type { Glossary } from "../knowledge/glossary.js";
import { STOPWORDS, stem } from "../text/words.js";
import { getOrInsertComputed } from "../util/maps.js";
import { sectionKey } from "../knowledge/section-key.js";
import { translateChinese } from "./glossary.js";
import type { SearchIndex } from "./search-index.js";

const wordsOf = (text: string) =>
  (text.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => !STOPWORDS.has(w)).map(stem);

// Per index, the stems that single out one section title of their report: a word in one title of a
// report ("relocation") names that section; one in several ("poverty", "alleviation") names none.
const distinctive = new WeakMap<SearchIndex, Set<string>>();
function titleWords(index: SearchIndex): Set<string> {
  return getOrInsertComputed(distinctive, index, () => {
    const byReport = new Map<string, Map<string, number>>();
    for (const s of index.kb.sections) {
      const counts = getOrInsertComputed(byReport, s.report, () => new Map<string, number>());
      for (const w of new Set(wordsOf(s.title))) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    const out = new Set<string>();
    for (const counts of byReport.values()) for (const [w, n] of counts) if (n === 1) out.add(w);
    return out;
  });
}

/**
 * A test of Chinese phrases: true when the phrase, read into the reports' English as a question is
 * (glossary, then dictionary, keeping the words the knowledge has), has a word that singles out one
 * section title of a report.
 */
export function namesProgramme(index: SearchIndex, glossary: Glossary): (zh: string) => boolean {
  const titles = titleWords(index);
  const known = (w: string) => index.hasTerm(stem(w));
  return (zh) => wordsOf(translateChinese(zh, glossary, known)).some((w) => titles.has(w));
}

/**
 * The sections a Chinese phrase names, by sectionKey: those whose title has a word of the phrase
 * (read as namesProgramme reads it) that singles out that title in its report.
 */
export function programmeSections(index: SearchIndex, glossary: Glossary): (zh: string) => Set<string> {
  const titles = titleWords(index);
  const known = (w: string) => index.hasTerm(stem(w));
  return (zh) => {
    const words = new Set(wordsOf(translateChinese(zh, glossary, known)).filter((w) => titles.has(w)));
    const out = new Set<string>();
    if (words.size === 0) return out;
    for (const s of index.kb.sections)
      if (wordsOf(s.title).some((w) => words.has(w))) out.add(sectionKey(s.report, s.title));
    return out;
  };
}
