// How figures are written for a reader: close to the report's own style, in English or Chinese.
// Chinese follows Chinese statistical writing: 万 and 亿 instead of thousands separators
// (44.18亿元, 103.3万人), the measure word after the number (5853户, 116公里), no English units.
// Replies (answering/), charts and surfaces all write figures this one way.
import { getOrInsertComputed } from "../util/maps.js";
import type { Entry } from "./schema.js";
import { ZH_UNITS } from "./units.js";

export type Lang = "en" | "zh";

// toLocaleString builds a formatter on every call; one Intl.NumberFormat per precision is reused.
const formatters = new Map<number, Intl.NumberFormat>();
/** A number rounded to at most `digits` decimals, with thousands separators ("1,234.5"). */
export function formatRounded(n: number, digits: number): string {
  const f = getOrInsertComputed(
    formatters,
    digits,
    () => new Intl.NumberFormat("en-US", { maximumFractionDigits: digits }),
  );
  return f.format(Number(n.toFixed(digits)));
}

/** How money is scaled for reading: billions or millions in English, 亿 or 万 in Chinese (chart axes). */
export function yuanScale(value: number, zh: boolean): { div: number; unit: string } {
  const v = Math.abs(value);
  if (zh)
    return v >= 1e8
      ? { div: 1e8, unit: "亿元" }
      : v >= 1e4
        ? { div: 1e4, unit: "万元" }
        : { div: 1, unit: "元" };
  return v >= 1e9
    ? { div: 1e9, unit: "billion Yuan" }
    : v >= 1e6
      ? { div: 1e6, unit: "million Yuan" }
      : { div: 1, unit: "Yuan" };
}

export function formatValue(value: number, unit: string): string {
  if (unit === "Yuan") {
    const s = yuanScale(value, false);
    return `${formatRounded(value / s.div, s.div === 1 ? 2 : 6)} ${s.unit}`;
  }
  if (unit === "%") return `${formatRounded(value, 2)}%`;
  return `${formatRounded(value, 2)} ${unit}`;
}

/** What "per <unit>" reads as in Chinese: 每户, 每人, 每个村; undefined for a unit without Chinese. */
export function zhPer(unit: string): string | undefined {
  const w = ZH_UNITS[unit];
  return w && unit !== "%" ? `每${w}` : undefined;
}

// Plain digits, no grouping: Chinese writes 24756, not 24,756.
const plainFormatters = new Map<number, Intl.NumberFormat>();
function plain(n: number, digits: number): string {
  const f = getOrInsertComputed(
    plainFormatters,
    digits,
    () => new Intl.NumberFormat("en-US", { maximumFractionDigits: digits, useGrouping: false }),
  );
  return f.format(Number(n.toFixed(digits)));
}

/** Decimals needed to write `n` exactly (float noise beyond 6 decimals ignored). */
function decimals(n: number): number {
  const s = String(Number(Math.abs(n).toFixed(6)));
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

/**
 * A number in 亿 or 万 where that writes it exactly with at most `maxDecimals` decimals, else in
 * plain digits: 1033000 -> 103.3万, 4418000000 -> 44.18亿, 24756 -> 24756 (2.4756万 hides nothing but
 * reads worse than the count itself). Money allows 4 decimals (6.6937亿元), counts 2 (20.63万人).
 */
export function zhNumber(value: number, maxDecimals: number): { text: string; scale: "" | "万" | "亿" } {
  const v = Math.abs(value);
  for (const [div, scale] of [
    [1e8, "亿"],
    [1e4, "万"],
  ] as const) {
    if (v >= div && decimals(value / div) <= maxDecimals)
      return { text: plain(value / div, maxDecimals), scale };
  }
  return { text: plain(value, 2), scale: "" };
}

export function formatValueZh(value: number, unit: string): string {
  if (unit === "Yuan") {
    const n = zhNumber(value, 4);
    return `${n.text}${n.scale}元`;
  }
  if (unit === "%") return `${plain(value, 2)}%`;
  const n = zhNumber(value, 2);
  return `${n.text}${n.scale}${ZH_UNITS[unit] ?? ""}`;
}

/** A figure in the report's units, written for a reader of `lang`. */
export function formatFigure(value: number, unit: string, lang: Lang): string {
  return lang === "zh" ? formatValueZh(value, unit) : formatValue(value, unit);
}

const ISO_DATE = /^(?:(\d{4})|-)-(\d{2})-(\d{2})$/;
/** "2011-01-09" -> 2011年1月9日, "--09-23" -> 9月23日; anything else is returned unchanged. */
function dateZh(iso: string): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  return `${m[1] ? `${m[1]}年` : ""}${Number(m[2])}月${Number(m[3])}日`;
}

/** An entry's figure for a reader of `lang`: English keeps the report's wording; Chinese rewrites it. */
export function entryFigure(e: Entry, lang: Lang): string {
  if (lang === "en") return e.written;
  if (e.kind !== "date") return formatValueZh(e.value, e.unit);
  const start = dateZh(e.value);
  if (!e.end) return start;
  // A range names what it shares once: 2010年6月23日至26日, 12月7日至9日.
  const [from, to] = [ISO_DATE.exec(e.value), ISO_DATE.exec(e.end)];
  if (!from || !to) return `${start}至${dateZh(e.end)}`;
  if (from[1] !== to[1]) return `${start}至${dateZh(e.end)}`;
  return `${start}至${from[2] === to[2] ? "" : `${Number(to[2])}月`}${Number(to[3])}日`;
}

/** The Chinese alias of an entry, if it has one (the annotations list its Chinese name first). */
export function chineseLabel(e: Entry): string | undefined {
  return e.aliases.find((a) => /\p{Script=Han}/u.test(a));
}
