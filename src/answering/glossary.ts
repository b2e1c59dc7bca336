// Chinese questions are translated word by word into the report's English vocabulary with the
// curated glossary (loaded with the knowledge: knowledge/glossary.ts), longest term first, so the
// same index serves both languages. What the glossary lacks is segmented and looked up in CC-CEDICT
// (zh-gloss.ts): the glossary is an overlay on the dictionary, so a report nobody wrote terms for
// is still asked about in Chinese.
import type { Glossary } from "../knowledge/glossary.js";
import { glossChinese } from "./zh-gloss.js";

/**
 * Replaces every known Chinese term by its English words where it stands, so numbers and words keep
 * their order ("超过2000 yuan" → "exceed 2000 yuan"); the Chinese left over gets the dictionary's words.
 */
export function translateChinese(
  text: string,
  glossary: Glossary,
  /**
   * Which dictionary words to keep (default all). The dictionary's first sense is often not the
   * report's word ("修" → "decorate"), and a word no report has can only count against a match, so
   * the question reader keeps those the knowledge has; the glossary's own words are always kept.
   */
  keep: (word: string) => boolean = () => true,
): string {
  let rest = text;
  const at = new Map<number, string>();
  for (const [zh, en] of glossary.terms) {
    let i = rest.indexOf(zh);
    while (i >= 0) {
      at.set(i, en);
      rest = rest.slice(0, i) + "\u0000".repeat(zh.length) + rest.slice(i + zh.length);
      i = rest.indexOf(zh, i + zh.length);
    }
  }
  let out = "";
  for (let i = 0; i < rest.length; i++) {
    const english = at.get(i);
    if (english !== undefined) out += ` ${english} `;
    else if (rest[i] !== "\u0000") out += rest[i];
  }
  return out
    .replace(/\p{Script=Han}+/gu, (run) => {
      const words = glossChinese(run, glossary, keep).split(/\s+/);
      return ` ${words.filter((w) => w && (/\d/.test(w) || keep(w.toLowerCase()))).join(" ")} `;
    })
    .replace(/[，。？！、：；（）]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
