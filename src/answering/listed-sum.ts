// A sum of three or more listed things ("how much came from the A, B, C and D governments?").
// The report often states such things in fewer figures than the question lists them ("563 million from the central and provincial government, 111.12 million from the
// city and county governments"): the answer is the set of figures of one section that names every
// listed item exactly once. When no such set exists the sum cannot be made, and the engine says so
// rather than add two of the items.
import type { NumericEntry } from "../knowledge/schema.js";
import { isNumeric } from "../knowledge/schema.js";
import { formatValue } from "../knowledge/figures.js";
import { lowerFirst } from "../text/words.js";
import { rankEntries, unionCoverage, type RankedEntry, type Scoring } from "./rank.js";
import { termsOf, type SearchIndex } from "./search-index.js";
import type { Derived } from "./compute.js";
import type { Question } from "./understand.js";

const ITEM = String.raw`[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*)?`;
// "A, B(,) and C": two or more items before the last, each of one or two words; the last item's
// first word is its distinctive one (its head noun may be shared: "city and county governments").
const LIST = new RegExp(
  String.raw`\b(${ITEM})((?:\s*,\s*${ITEM})+)\s*,?\s+(?:and|&|\+|plus)\s+(?:the\s+)?([a-z][a-z'’-]*)(?:\s+([a-z][a-z'’-]*))?`,
);

const CLAUSE_ITEM_AFTER = /^\s*(?:[a-z'’-]+\s+)?,?\s*(?:and|plus)\s+(?:what|how|which|who|whatever)\b/;

/** The distinctive words of each listed item, or undefined when the question lists fewer than three. */
export function listedItems(text: string): string[][] | undefined {
  const m = LIST.exec(text);
  if (!m) return undefined;
  // A list that goes on with a clause ("…, the city and county part and what the villagers raised")
  // has a part no figure's label names: it is not read, and the sum is not made from the rest.
  if (CLAUSE_ITEM_AFTER.test(text.slice(m.index + m[0].length))) return undefined;
  const items = [
    m[1]!,
    ...m[2]!
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    m[3]!,
  ].map(termsOf);
  if (items.length < 3 || items.some((t) => t.length === 0)) return undefined;
  // A word every item has ("X funds, Y funds and Z funds") names what is added, not an item; the
  // last item's may follow it, shared ("city and county governments").
  const last = [...items.at(-1)!, ...termsOf(m[4] ?? "")];
  const common = items.slice(0, -1).reduce((acc, t) => acc.filter((w) => t.includes(w)), last);
  const distinct = items.map((t) => t.filter((w) => !common.includes(w)));
  return distinct.some((t) => t.length === 0) ? undefined : distinct;
}

const CANDIDATES = 16;
// No part of a sum of things: a total, a figure per unit or an average, or a change over a year
// ("Increase of the province's funds over the previous year" names the province too).
const NO_PART = /\b(?:total|per|each|average)\b|^(?:increase|decrease|growth|change|rise|drop|fall)\b/i;
const MAX_ITEMS = 8;
const COVERAGE_STEPS = 50;

export function sumOfListed(q: Question, index: SearchIndex, scoring: Scoring): Derived | undefined {
  const items = listedItems(q.english);
  if (!items || items.length > MAX_ITEMS) return undefined;
  const asked = termsOf(q.english);
  // Each listed thing may be counted in its own unit ("wells, reservoirs and water cellars").
  const ranked = rankEntries(
    { ...q, countUnit: undefined },
    index,
    scoring,
    (e) => isNumeric(e) && e.kind !== "percent",
  )
    .filter((r) => index.entryIsPlan[r.index] !== 1 && !NO_PART.test(r.entry.label))
    .slice(0, CANDIDATES);
  let best: { picked: RankedEntry[]; coverage: number; fit: number[] } | undefined;
  for (const section of new Set(ranked.map((r) => r.entry.section))) {
    const picked = exactCover(
      items,
      ranked.filter((r) => r.entry.section === section),
      asked,
    );
    if (!picked) continue;
    // The set that covers more of the question's other words (the programme it names) wins, in
    // steps of 2%; then the finer one, a figure per listed thing; then the better matched.
    const coverage = unionCoverage(
      scoring,
      picked.map((r) => r.index),
    );
    const fit = [
      Math.round(coverage * COVERAGE_STEPS),
      picked.length,
      picked.reduce((sum, r) => sum + r.rank, 0) / picked.length,
    ];
    if (!best || better(fit, best.fit)) best = { picked, coverage, fit };
  }
  if (!best) return undefined;
  const inputs = best.picked.map((r) => r.entry as NumericEntry);
  const units = [...new Set(inputs.map((e) => e.unit))];
  // Money is added only in one unit; counts of different things may be added, as "bridges and culverts".
  if (units.length > 1 && inputs.some((e) => e.kind !== "count")) return undefined;
  const unit = units.length === 1 ? units[0]! : `${units.slice(0, -1).join(", ")} and ${units.at(-1)}`;
  const value = inputs.reduce((s, e) => s + e.value, 0);
  return {
    value: Number(value.toFixed(6)),
    unit,
    figure: formatValue(value, unit),
    label: inputs.map((e, i) => (i === 0 ? e.label : lowerFirst(e.label))).join(" plus "),
    arithmetic: `${inputs.map((e) => e.written).join(" + ")} = ${formatValue(value, unit)}`,
    inputs,
    coverage: best.coverage,
  };
}

const better = (a: number[], b: number[]) => {
  const i = a.findIndex((x, k) => x !== b[k]);
  return i >= 0 && a[i]! > b[i]!;
};

// Stems of one word in two forms ("province", "provincial") share a prefix; four letters make it a word's.
const MIN_PREFIX = 4;
const sameWord = (a: string, b: string) =>
  a.length >= MIN_PREFIX && b.length >= MIN_PREFIX && (a.startsWith(b) || b.startsWith(a));
// "A and B", "A, B": two words joined in a label.
const JOINED = /\b([a-z][a-z-]*)\s*(?:,|\band\b|&)\s*(?:the\s+)?([a-z][a-z-]*)/gi;
function joinsUnlisted(label: string, asked: string[]): boolean {
  const named = (word: string) => {
    const stems = termsOf(word);
    return stems.length > 0 && stems.some((s) => asked.some((w) => sameWord(s, w)));
  };
  for (const m of label.matchAll(JOINED)) if (named(m[1]!) !== named(m[2]!)) return true;
  return false;
}
const names = (label: string[], item: string[]) => item.every((w) => label.some((l) => sameWord(l, w)));

/**
 * Figures that together name each item exactly once, each naming at least one (best ranked first);
 * undefined when there are none. Items are few and candidates a handful, so a search suffices.
 */
function exactCover(
  items: string[][],
  candidates: RankedEntry[],
  asked: string[],
): RankedEntry[] | undefined {
  const named = candidates.map((r) => {
    const label = termsOf(r.entry.label);
    const hits = items.map((item) => names(label, item));
    // A figure for "the city and county governments" is not the county's alone: a figure whose label
    // joins a thing the question names with one it does not holds more than was asked.
    return joinsUnlisted(r.entry.label, asked) ? items.map(() => false) : hits;
  });
  const chosen: number[] = [];
  const covered = items.map(() => false);
  const search = (item: number): boolean => {
    if (item === items.length) return true;
    if (covered[item]) return search(item + 1);
    for (let c = 0; c < candidates.length; c++) {
      const n = named[c]!;
      if (!n[item] || chosen.includes(c) || n.some((has, i) => has && covered[i])) continue;
      chosen.push(c);
      n.forEach((has, i) => {
        if (has) covered[i] = true;
      });
      if (search(item + 1)) return true;
      chosen.pop();
      n.forEach((has, i) => {
        if (has) covered[i] = false;
      });
    }
    return false;
  };
  return search(0) && chosen.length >= 2 ? chosen.map((c) => candidates[c]!) : undefined;
}
