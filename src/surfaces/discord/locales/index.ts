import { en, type Locale } from "./en.js";
import { zhCN } from "./zh-CN.js";

export type { Locale };
export function localeFor(language: "en" | "zh" | string | null | undefined): Locale {
  return language === "zh" || (typeof language === "string" && language.startsWith("zh")) ? zhCN : en;
}
