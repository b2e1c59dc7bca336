// The unit a Chinese question asks an amount in: 多少亿元 ("how many hundred millions of Yuan"),
// 多少万人, 几万户. Chinese writes an amount in the largest unit it reaches (2.847 billion Yuan is
// 28.47亿元, 58.4 million Yuan 5840万元), so a question asking in 亿 expects a figure of at least one
// 亿, and one asking in 万 a figure of at least one 万. The unit says nothing of the topic; the
// figure ranked first may be of the right topic but of another size (a programme's lottery-funded
// part beside its total), when a figure of the asked size matches the question as well.
import { isNumeric } from "../knowledge/schema.js";
import type { RankedEntry } from "./rank.js";

const ASKED_IN = /(?:多少|几)\s*(亿|万)/u;
const UNIT_SIZE: Record<string, number> = { 亿: 1e8, 万: 1e4 };
// How far down the ranking a figure of the asked size is looked for: only among the few that
// match about as well as the first.
const CANDIDATES = 5;

/** The size of the unit a Chinese question asks its amount in (1e8 for 亿, 1e4 for 万), if any. */
export function askedMagnitude(raw: string): number | undefined {
  const m = ASKED_IN.exec(raw);
  return m ? UNIT_SIZE[m[1]!] : undefined;
}

// The unit after the question word, with the question word kept: 多少万农村贫困人口 → 多少农村贫困人口.
const ASKED_UNIT = /(多少|几)\s*(?:亿|万)(?!元)/gu;
/**
 * The question without the unit it asks its amount in. The unit is the answer's size, read by
 * askedMagnitude; left in the text, the dictionary glosses 万 "ten thousand" and 亿 "hundred million",
 * and "thousand" stood in the question as a rare topic word no figure's label has (the reports write
 * "1.033 million", never "ten thousand"), so the figure asked for fell below the coverage an answer
 * needs. 万元 and 亿元 are the glossary's "yuan", which says money is asked: they stay.
 */
export function withoutAskedUnit(text: string): string {
  return text.replace(ASKED_UNIT, "$1");
}

/**
 * The ranking with a figure of the size asked first, when the first figure is smaller than the
 * unit the question asks in and a later one of that size covers as much of the question; else the
 * ranking as it was.
 */
export function sizedAsAsked(raw: string, ranked: RankedEntry[]): RankedEntry[] {
  const size = askedMagnitude(raw);
  const top = ranked[0];
  if (size === undefined || !top) return ranked;
  const fits = (r: RankedEntry) =>
    isNumeric(r.entry) && r.entry.kind !== "percent" && Math.abs(r.entry.value) >= size;
  if (fits(top) || !isNumeric(top.entry) || top.entry.kind === "percent") return ranked;
  const sized = ranked
    .slice(1, CANDIDATES)
    .find((r) => fits(r) && r.entry.kind === top.entry.kind && r.coverage >= top.coverage);
  return sized ? [sized, ...ranked.filter((r) => r !== sized)] : ranked;
}
