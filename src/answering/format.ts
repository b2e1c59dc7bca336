// How figures are written in replies: close to the report's own style, in English or Chinese.
import type { Entry } from "../knowledge/schema.js";

// toLocaleString builds a formatter on every call; one Intl.NumberFormat per precision is reused.
const formatters = new Map<number, Intl.NumberFormat>();
function trim(n: number, digits: number): string {
  let f = formatters.get(digits);
  if (!f) formatters.set(digits, (f = new Intl.NumberFormat("en-US", { maximumFractionDigits: digits })));
  return f.format(Number(n.toFixed(digits)));
}

export function formatValue(value: number, unit: string): string {
  if (unit === "Yuan") {
    if (Math.abs(value) >= 1e9) return `${trim(value / 1e9, 6)} billion Yuan`;
    if (Math.abs(value) >= 1e6) return `${trim(value / 1e6, 6)} million Yuan`;
    return `${trim(value, 2)} Yuan`;
  }
  if (unit === "%") return `${trim(value, 2)}%`;
  return `${trim(value, 2)} ${unit}`;
}

export function formatValueZh(value: number, unit: string): string {
  if (unit === "Yuan") {
    if (Math.abs(value) >= 1e8) return `${trim(value / 1e8, 6)}亿元`;
    if (Math.abs(value) >= 1e4) return `${trim(value / 1e4, 4)}万元`;
    return `${trim(value, 2)}元`;
  }
  const zhUnits: Record<string, string> = { people: "人", households: "户", villages: "个村", counties: "个县", km: "公里", "square meters": "平方米", mu: "亩", "%": "%" };
  return `${trim(value, 2)}${zhUnits[unit] ?? ` ${unit}`}`;
}

/** The Chinese alias of an entry, if it has one. */
export function chineseLabel(e: Entry): string | undefined {
  return e.aliases.find((a) => /\p{Script=Han}/u.test(a));
}
