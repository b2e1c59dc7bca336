import { hasHan } from "../../../text/words.js";
import { en, type Locale } from "./en.js";
import { zhCN } from "./zh-CN.js";

export type { Locale };
export type Language = "en" | "zh";

const isChinese = (locale: string | null | undefined) =>
  typeof locale === "string" && locale.startsWith("zh");

/** A Discord locale ("zh-CN", "en-US") or an answer's language -> its strings. */
export function localeFor(language: string | null | undefined): Locale {
  return isChinese(language) ? zhCN : en;
}

/** Chinese for a Chinese locale, or for text in Chinese script (the engine's own rule for a question's language). */
export function languageOf(locale: string | null | undefined, text = ""): Language {
  return isChinese(locale) || hasHan(text) ? "zh" : "en";
}
