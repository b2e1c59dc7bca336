// What the loaded reports cover, so a question about a region or year they lack is refused before any
// search, with the reason in both languages. Years are told per report: with several reports, "2011"
// may be in one and not another, and a region named in the question narrows to its reports.
import { hasBaseYear } from "./base-year-multiple.js";
import type { Reason } from "./judge.js";
import type { SearchIndex } from "./search-index.js";
import type { Question } from "./understand.js";
import { regionIn } from "./zh.js";
import { getOrInsertComputed } from "../util/maps.js";

const joinEn = (items: string[], word: "and" | "or") =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${word} ${items.at(-1)}`;

/** Years as people write a run of them: "2010–2011", or a list when they are not consecutive. */
export function yearSpan(years: number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const consecutive = sorted.every((y, i) => i === 0 || y === sorted[i - 1]! + 1);
  return consecutive && sorted.length > 1
    ? `${sorted[0]}–${sorted.at(-1)}`
    : joinEn(sorted.map(String), "and");
}

// Each report's years, once per index: built for every question that named a year, it copied a
// list per report and year (hundreds of kilobytes a question at 100,000 entries) to tell a year
// the reports lack, which few questions do.
const yearsOfReports = new WeakMap<SearchIndex, Map<string, number[]>>();
export function yearsByReport(index: SearchIndex): Map<string, number[]> {
  return getOrInsertComputed(yearsOfReports, index, () => {
    const out = new Map<string, number[]>();
    for (const [year, reports] of index.reportsByYear)
      for (const r of reports) getOrInsertComputed(out, r, () => [] as number[]).push(year);
    return out;
  });
}

/** Regions or years the reports (those the question's regions allow) do not have; undefined: in scope. */
export function scopeProblem(q: Question, index: SearchIndex): Reason | undefined {
  const missingRegions = q.regions.filter((r) => !index.regions.has(r));
  if (missingRegions.length > 0) {
    const have = [...index.regions];
    const several = index.reportsById.size > 1;
    const zhPlaces = (rs: string[]) => rs.map((r) => regionIn(r, "zh")).join("、");
    return {
      en: `${several ? "The reports cover" : "It covers"} ${joinEn(have, "and")}, not ${joinEn(missingRegions, "or")}.`,
      zh: `${several ? "这些报告" : "报告"}只涉及${zhPlaces(have)}，不涉及${zhPlaces(missingRegions)}。`,
    };
  }
  if (q.years.length > 0) {
    const allowed = new Set(
      q.regions.length > 0
        ? q.regions.flatMap((r) => [...(index.reportsByRegion.get(r) ?? [])])
        : [...index.reportsById.keys()],
    );
    const covered = (y: number) => [...(index.reportsByYear.get(y) ?? [])].some((r) => allowed.has(r));
    // A year asked to be worked back from the next year's change is covered by that next year.
    const back = q.derivation?.type === "previous-year" ? q.derivation.year : undefined;
    // So is a year a report writes a later figure's multiple against ("2.3-fold that of 2007").
    const missingYears = q.years.filter(
      (y) => !covered(y) && !(y === back && covered(y + 1)) && !hasBaseYear(index, y, allowed),
    );
    if (missingYears.length > 0) return yearsReason([...allowed], yearsByReport(index), index, missingYears);
  }
  if (q.terms.length === 0)
    return { en: "The question has no words to look up.", zh: "问题中没有可以查找的词。" };
  return undefined;
}

function yearsReason(
  reports: string[],
  byReport: Map<string, number[]>,
  index: SearchIndex,
  missing: number[],
): Reason {
  const zhYears = (ys: number[]) =>
    yearSpan(ys).replace(/–/g, "—").replace(/ and /g, "、").replace(/, /g, "、");
  if (index.reportsById.size === 1) {
    const years = [...index.years];
    return {
      en: `It has figures for ${joinEn([...years].sort().map(String), "and")}, not ${joinEn(missing.map(String), "or")}.`,
      zh: `报告只有${years
        .sort()
        .map((y) => `${y}年`)
        .join("、")}的数字，没有${missing.map((y) => `${y}年`).join("、")}的数字。`,
    };
  }
  const region = (r: string) => index.reportsById.get(r)!.meta.region;
  const spans = reports.filter((r) => byReport.has(r));
  return {
    en: `The reports have figures for ${spans.map((r) => `${region(r)}: ${yearSpan(byReport.get(r)!)}`).join("; ")}, not ${joinEn(missing.map(String), "or")}.`,
    zh: `报告只有${spans.map((r) => `${regionIn(region(r), "zh")}：${zhYears(byReport.get(r)!)}年`).join("；")}的数字，没有${missing.map((y) => `${y}年`).join("、")}的数字。`,
  };
}
