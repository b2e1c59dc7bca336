// Chinese questions are translated word by word into the report's English vocabulary with the
// curated glossary (loaded with the knowledge: knowledge/glossary.ts), longest term first, so the
// same index serves both languages.
import type { Glossary } from "../knowledge/glossary.js";

/**
 * Replaces every known Chinese term by its English words where it stands, so numbers and words keep
 * their order ("超过2000 yuan" → "exceed 2000 yuan"); unknown Han characters are dropped.
 */
export function translateChinese(text: string, glossary: Glossary): string {
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
    .replace(/\p{Script=Han}+/gu, " ")
    .replace(/[，。？！、：；（）]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
