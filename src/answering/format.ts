// How figures are written in replies: close to the report's own style, in English or Chinese.
import type { Entry } from "../knowledge/schema.js";

// toLocaleString builds a formatter on every call; one Intl.NumberFormat per precision is reused.
const formatters = new Map<number, Intl.NumberFormat>();
/** A number with at most `digits` decimals and thousands separators. */
export function trim(n: number, digits: number): string {
  let f = formatters.get(digits);
  if (!f) formatters.set(digits, (f = new Intl.NumberFormat("en-US", { maximumFractionDigits: digits })));
  return f.format(Number(n.toFixed(digits)));
}

/** How money is scaled for reading: billions or millions in English, 亿 or 万 in Chinese. */
export function yuanScale(value: number, zh: boolean): { div: number; unit: string } {
  const v = Math.abs(value);
  if (zh) return v >= 1e8 ? { div: 1e8, unit: "亿元" } : v >= 1e4 ? { div: 1e4, unit: "万元" } : { div: 1, unit: "元" };
  return v >= 1e9 ? { div: 1e9, unit: "billion Yuan" } : v >= 1e6 ? { div: 1e6, unit: "million Yuan" } : { div: 1, unit: "Yuan" };
}

export function formatValue(value: number, unit: string): string {
  if (unit === "Yuan") {
    const s = yuanScale(value, false);
    return `${trim(value / s.div, s.div === 1 ? 2 : 6)} ${s.unit}`;
  }
  if (unit === "%") return `${trim(value, 2)}%`;
  return `${trim(value, 2)} ${unit}`;
}

/** Units in Chinese; one left out stays in English after the number. */
export const ZH_UNITS: Record<string, string> = {
  people: "人", persons: "人", person: "人", households: "户", villages: "个村", counties: "个县", projects: "个项目",
  enterprises: "家企业", times: "次", km: "公里", "square meters": "平方米", mu: "亩", "%": "%",
};

export function formatValueZh(value: number, unit: string): string {
  if (unit === "Yuan") {
    const s = yuanScale(value, true);
    return `${trim(value / s.div, s.div === 1e8 ? 6 : s.div === 1e4 ? 4 : 2)}${s.unit}`;
  }
  return `${trim(value, 2)}${ZH_UNITS[unit] ?? ` ${unit}`}`;
}

/** The Chinese alias of an entry, if it has one. */
export function chineseLabel(e: Entry): string | undefined {
  return e.aliases.find((a) => /\p{Script=Han}/u.test(a));
}
