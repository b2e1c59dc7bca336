// Every fact about the units of counted figures, in one place: which nouns the extractor takes as
// what a count counts, which the question reader recognises (and as which entry unit), the singular
// a unit is read with after "per", and its Chinese measure word. extract.ts, understand.ts,
// compute.ts, search-index.ts, rank.ts, figures.ts and the charts import these; none keeps a list.
import { stem } from "../text/words.js";

/** Nouns that name what a count counts in a report's text; the first one within a few words of a number is its unit. */
export const COUNT_NOUNS: ReadonlySet<string> = new Set(
  (
    "people persons residents households villages counties districts cities towns townships provinces projects " +
    "bridges culverts wells reservoirs cellars canals enterprises copies experts technologies species pieces units " +
    "pavilions programs programmes batches inspections trainees students farmers cadres schools societies groups " +
    "teams meetings conferences sessions items reports issues hospitals clinics roads houses families workers " +
    "entrepreneurs organizations institutions days months years times tons labourers laborers"
  ).split(" "),
);

/**
 * Count nouns that only measure out separate things ("1,800 pieces of information", "info items"):
 * they say that things are counted, not which, so one is no other unit than another.
 */
export const MEASURE_WORD_UNITS: ReadonlySet<string> = new Set(["pieces", "items"]);

/** The units read in the singular after "per" ("2500 Yuan per household"), plural → singular. */
export const SINGULAR_OF: Readonly<Record<string, string>> = {
  people: "person",
  households: "household",
  villages: "village",
  counties: "county",
  projects: "project",
};

/** The plural unit of a singular count noun the extractor meets ("1 household" counts households). */
export const PLURAL_OF: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(SINGULAR_OF).map(([plural, singular]) => [singular, plural]),
);

/**
 * The currency a translator may write before an amount ("RMB 4.26 billion", "CNY 500", "¥1,500"),
 * as a regular expression source: the report's figures and the amounts a question states are read
 * with the same words (answering reads it case-insensitively).
 */
export const CURRENCY_BEFORE_SOURCE = String.raw`(?:\b(?:RMB|CNY)|[¥￥])`;

/** The currency codes a translator may run into an amount ("RMB1.2 billion"), as an alternation. */
export const CURRENCY_CODES = "RMB|CNY";

/**
 * The count nouns a question may use, each with the entry unit it means: people are also persons,
 * residents, farmers, labourers, workers, members and trainees; families are households. Every unit here is one of COUNT_NOUNS.
 */
export const ASKED_COUNT_UNITS: Readonly<Record<string, string>> = {
  people: "people",
  households: "households",
  villages: "villages",
  counties: "counties",
  projects: "projects",
  bridges: "bridges",
  culverts: "culverts",
  wells: "wells",
  reservoirs: "reservoirs",
  cellars: "cellars",
  enterprises: "enterprises",
  copies: "copies",
  experts: "experts",
  technologies: "technologies",
  species: "species",
  pieces: "pieces",
  units: "units",
  pavilions: "pavilions",
  programs: "programs",
  batches: "batches",
  inspections: "inspections",
  issues: "issues",
  trainees: "people",
  students: "students",
  districts: "districts",
  towns: "towns",
  schools: "schools",
  societies: "societies",
  person: "people",
  persons: "people",
  residents: "people",
  individuals: "people",
  farmers: "people",
  labourers: "people",
  laborers: "people",
  workers: "people",
  // "trained 172,400 members of poor households": the persons of a household or group.
  members: "people",
  families: "households",
  household: "households",
};

/**
 * "Reduced the rural poor population by 1.2 million people, … dropped to 5.1 million residents": two
 * entry units that a question's count nouns read as one (residents are people) count one thing.
 */
export function sameCountedUnit(a: string, b: string): boolean {
  if (a === b) return true;
  const [x, y] = [ASKED_COUNT_UNITS[a.toLowerCase()], ASKED_COUNT_UNITS[b.toLowerCase()]];
  return x !== undefined && x === y;
}

/**
 * Count nouns that count persons, whatever unit a question reads them as: a figure "per person" is
 * one per each of them (the nouns read as people, and those counted in their own unit).
 */
export const PERSON_UNITS: ReadonlySet<string> = new Set([
  ...Object.keys(ASKED_COUNT_UNITS).filter((w) => ASKED_COUNT_UNITS[w] === "people"),
  ..."students cadres experts entrepreneurs children pupils".split(" "),
]);

// Keyed by stem, so "household", "households" and "Households" all meet.
const UNIT_BY_STEM: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(ASKED_COUNT_UNITS).map(([word, unit]) => [stem(word), unit]),
);

/** The first count noun in a text, as an entry unit ("households"); undefined when there is none. */
export function countUnitIn(text: string): string | undefined {
  for (const w of text.split(/\s+/)) {
    const unit = UNIT_BY_STEM[stem(w)];
    if (unit) return unit;
  }
  return undefined;
}

/** A count unit in the singular: "students" → "student", "counties" → "county", "species" stays. */
export const singularUnit = (unit: string): string =>
  SINGULAR_OF[unit] ??
  unit
    .replace(/(?<!c)ies$/, "y")
    .replace(/(ch|sh|x)es$/, "$1")
    .replace(/(?<![su])s$/, "");

// Every counted noun, singular and plural, is a unit an average may be taken per ("per student",
// "each enterprise"); the words below add what only "per" makes a unit ("capita", "head").
const COUNTED_PER_UNITS = Object.fromEntries(
  Object.entries(ASKED_COUNT_UNITS).flatMap(([word, unit]) => [
    [word, unit],
    [singularUnit(word), unit],
  ]),
);

/** What an average is taken per: the word after "per"/"for each" and the entry unit it divides by. */
export const PER_UNITS: Readonly<Record<string, string>> = {
  ...COUNTED_PER_UNITS,
  household: "households",
  households: "households",
  family: "households",
  families: "households",
  person: "people",
  people: "people",
  capita: "people",
  head: "people",
  trainee: "people",
  trainees: "people",
  resident: "people",
  residents: "people",
  individuals: "people",
  village: "villages",
  villages: "villages",
  county: "counties",
  counties: "counties",
  project: "projects",
  projects: "projects",
  // "per renovated house": a house is not the household living in it. Only after "per": a house
  // word a question glosses before its noun ("housing subsidy") asks no count of houses.
  house: "houses",
  houses: "houses",
  km: "km",
  kilometer: "km",
  kilometre: "km",
  kilometers: "km",
  kilometres: "km",
};

/** PER_UNITS' words as a regular-expression alternation (no capture). */
export const PER_UNIT_PATTERN = Object.keys(PER_UNITS).join("|");

/** The word after "per" for a unit of land or length, and the unit an area or length figure is in. */
export const PER_MEASURE_UNITS: Readonly<Record<string, string>> = {
  mu: "mu",
  hectare: "hectares",
  km: "km",
  kilometre: "km",
  kilometer: "km",
};

/**
 * The measure word (and noun, where the measure word alone would not say what is counted) written
 * after a Chinese number, for every unit the extractor gives. A unit left out is written as a bare
 * number: the label beside it says what is counted, and no English word sits inside a Chinese figure.
 */
export const ZH_UNITS: Readonly<Record<string, string>> = {
  people: "人",
  persons: "人",
  person: "人",
  residents: "人",
  households: "户",
  villages: "个村",
  counties: "个县",
  projects: "个项目",
  enterprises: "家企业",
  times: "次",
  km: "公里",
  "square meters": "平方米",
  "square kilometers": "平方公里",
  mu: "亩",
  hectares: "公顷",
  "%": "%",
  batches: "批",
  bridges: "座桥梁",
  culverts: "座涵洞",
  wells: "眼水井",
  reservoirs: "个蓄水池",
  "water cellars": "个水窖",
  experts: "名专家",
  copies: "份",
  technologies: "项技术",
  "new species and technologies": "项新品种和新技术",
  "units and entrepreneurs": "个单位和企业家",
  inspections: "次检查",
  "pieces of information": "条信息",
  issues: "期",
  programs: "个节目",
  pavilions: "个展馆",
};

/** A unit of money, length or area written right after a figure (its word the first group). */
export const WRITTEN_UNIT =
  /^\s*(Yuans?|yuans?|YUAN|RMB|CNY|km|kilometers|kilometres|square (?:kilomet(?:er|re)s|km)|square meters|square metres|mu|hectares?)\b/;
