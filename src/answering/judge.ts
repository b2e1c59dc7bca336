// Answers that weigh figures against each other: a comparison of two figures, and yes/no checks of
// a figure against its plan, the previous year, a threshold the question states, or whether listed
// parts add up. Every figure used is cited; the verdict comes with the arithmetic behind it.
import { namesOfSide, writesSideName } from "./side-names.js";
import { fitsInsideOutside } from "./inside-outside.js";
import { oneCountLeavesItsNoun } from "./bare-count.js";
import { asksAnyRate } from "./rate-sides.js";
import { datedAsAsked } from "./cut-off.js";
import { AGAINST_WORDS, MARGIN_WORDS } from "./plan-words.js";
import { isNumeric, type Entry, type NumericEntry } from "../knowledge/schema.js";
import { writtenAt } from "../knowledge/written-at.js";
import { isNamedChange } from "./named-change.js";
import { isRate, pickSides } from "./compute.js";
import { breakdownNamed, breakdownPairs, withoutBreakdownNoun } from "./breakdown.js";
import { countUnitIn, PER_UNIT_PATTERN } from "../knowledge/units.js";
import type { Comparator, Comparison, Check } from "./forms.js";
import { entryFigure, formatValue } from "../knowledge/figures.js";
import { STOPWORDS, contentWords, lowerFirst, stem } from "../text/words.js";
import { findNumbers, isYear } from "../knowledge/numbers.js";
import { labelIn } from "./zh.js";
import {
  MIN_COVERAGE,
  MIN_LOCAL,
  queryTerms,
  rankEntries,
  scoreEntries,
  type RankedEntry,
  type Scoring,
} from "./rank.js";
import {
  changeOf,
  planOf,
  SENTENCE_WINDOW,
  resultOf,
  resultsOfPlans,
  statedAsPlan,
  wholeOf,
  writtenAsPartOf,
  type PlanOf,
} from "./relations.js";
import { ASKS_ACTORS, actorSides, match } from "./actors.js";
import { asksGroups, groupSides, ordinalOf } from "./groups.js";
import { isStated } from "./stated.js";
import { isPlanAt, resultAfterPlan } from "./plan-bound-result.js";
import { asPart, isRestSide, wholeOfPart } from "./rest-combined.js";
import { FRACTION_OF_TOTAL, statedShareOfWhole } from "./share-of-whole.js";
import { statedGap } from "./stated-gap.js";
import { statedOutsideSides, statedWholePairs } from "./stated-shared.js";
import { sideTerms, topicSide } from "./topics.js";
import { PLAN_WORDS, type SearchIndex, sectionSpan, termsOf } from "./search-index.js";
import { resultByMargin } from "./plan-margin.js";
import type { Question } from "./understand.js";

/** What a judgement found: its verdict (for yes/no), the figures it rests on, and its reply lines. */
export type Judgement = {
  type: "comparison" | "yesno";
  verdict: "yes" | "no" | null;
  /** The figure the question singles out (for a check, the achieved figure). */
  primary: NumericEntry;
  value: number;
  /** The value as written when it is not the primary figure's own (a difference). */
  figure?: string;
  inputs: NumericEntry[];
  label: string;
  /** The verdict and its arithmetic, as the first lines of the reply. */
  lines: string[];
  arithmetic: string | null;
};

/** A yes/no verdict on the primary figure: its value is the figure's own, its first line says the verdict. */
function verdictOn(
  holds: boolean,
  primary: NumericEntry,
  inputs: NumericEntry[],
  label: string,
  line: string,
  arithmetic: string | null,
): Judgement {
  return {
    type: "yesno",
    verdict: holds ? "yes" : "no",
    primary,
    value: primary.value,
    inputs,
    label,
    lines: [`${holds ? "Yes" : "No"}: ${line}`],
    arithmetic,
  };
}

/** Why a judgement could not be made, said to the user instead of a figure, in both languages. */
export type Unjudged = { reason: Reason };
export type Reason = { en: string; zh: string };

const NO_FIGURE: Reason = {
  en: "The report has no figure that matches what was asked.",
  zh: "报告中没有与所问内容相符的数字。",
};
const named = (e: NumericEntry) => ({
  en: `${e.written} (${lowerFirst(e.label)})`,
  zh: `${labelIn(e, "zh")}${entryFigure(e, "zh")}`,
});

const PLANNED_FIGURE_COVERAGE = 0.8;
// A side must match at least this share of its own words to stand for what the question names.
const MIN_SIDE_COVERAGE = 0.5;

const compare = (a: number, op: Comparator, b: number) =>
  op === ">" ? a > b : op === ">=" ? a >= b : op === "<" ? a < b : a <= b;
const OP_WORDS: Record<Comparator, [string, string]> = {
  ">": ["more than", "not more than"],
  ">=": ["at least", "less than"],
  "<": ["less than", "not less than"],
  "<=": ["at most", "more than"],
};
const fmt = (v: number, unit: string) => formatValue(v, unit);
const pct = (v: number) => `${Number(v.toFixed(2))}%`;

// A side that says "Yuan" or "money" (or a noun English uses only for money put in: "input",
// "funding", "investment") asks for money, whatever the other side asks for: two such sides of
// different kinds find nothing comparable and the reply says so.
const saysMoney = (text: string) => /\b(yuan|rmb|money|input|funding|investment|contributions?)\b/.test(text);

export function judgeComparison(q: Question, form: Comparison, index: SearchIndex): Judgement | Unjudged {
  // "Did A put more into B than C did?": a verb of giving with "more" and no counted noun weighs money.
  // "Which is longer …?" weighs lengths.
  // "Which did better relative to its target": shares of plan are weighed, never the results or
  // the planned figures themselves (200,000 planned against 189,000 placed says nothing of it).
  const kinds = form.sharesOfPlan
    ? ["percent"]
    : GIVES_MORE.test(q.english)
      ? ["money"]
      : LENGTH_COMPARATIVE.test(q.english)
        ? ["length"]
        : q.kinds;
  const numeric = (e: Entry) => isNumeric(e) && (kinds.length === 0 || kinds.includes(e.kind));
  // "Which paid more per trainee, A or B?": a measure asked per unit is a figure given per
  // unit on both sides, not the totals the sides' names match best.
  const perUnit = (side: "left" | "right") => PER_ASKED.test(`${form.shared} ${form[side]}`);
  // "Were more people trained or placed in jobs?": a comparison whose words name no plan (a
  // programme's name aside: "Rain Plan") weighs results, never the planned figure its words also
  // match ("expected to train 200,000 people"). A percentage of or beyond the plan is a result too,
  // and so are the parts of a result written after its share of the plan ("109.5% of the annual
  // plan, of which 84,600 …"): only a figure whose label or own lead-in says plan is one.
  // A side naming a place by its name is a figure whose sentence writes that name (side-names.ts).
  const sideNames = {
    left: namesOfSide(form.left, q.regions, index),
    right: namesOfSide(form.right, q.regions, index),
  };
  const accept = (e: Entry, side: "left" | "right") =>
    numeric(e) &&
    (!saysMoney(form[side]) || e.kind === "money") &&
    (!perUnit(side) || isRate(e)) &&
    (form.plans === true || e.kind === "percent" || !namedAsPlan(e)) &&
    fitsInsideOutside(form[side], e) &&
    !statedOutsideSides(q, form, e);
  // "A more than everyone else combined": the other side is the rest of A's whole.
  if (isRestSide(form.right)) return againstRest(q, form, index, (e) => accept(e, "left"));
  // Counts of two different things may be compared ("more wells or bridges") when each side names
  // what it counts; any other figures only in one unit. A total and one of its own parts are
  // never the two sides: the whole always wins, and the question meant two parts.
  // "In the overall breakdown, which was larger: A or B?": two parts of one breakdown.
  const breakdown = breakdownNamed(form.shared);
  const parts = breakdown ? breakdownPairs(index, breakdown.overall) : statedWholePairs(q, form, index);
  const comparable = (x: Entry, y: Entry) =>
    (!parts || parts.fits(x, y)) &&
    x.kind === y.kind &&
    (x.kind === "count"
      ? countsComparable(x as NumericEntry, y as NumericEntry, form)
      : (x as NumericEntry).unit === (y as NumericEntry).unit) &&
    (saysTotal(form) || !(isPartOf(x, y, index) || isPartOf(y, x, index)));
  // "The first batch or the second": groups the report gives by their order, each in its sentence.
  const groups = asksGroups(q.english, form.left, form.right)
    ? groupSides(
        q,
        index,
        [ordinalOf(form.left)!, ordinalOf(form.right)!],
        (e) => accept(e, "left"),
        form.unnamed,
      )
    : undefined;
  if (form.unnamed && !groups)
    return {
      reason: {
        en: "The report does not give each of the groups asked about with a figure to compare.",
        zh: "报告没有分别给出所问各批次的可比数字。",
      },
    };
  // "Who put in more: A or B?": each side is the figure whose own clause names that actor.
  const actors =
    groups || !(ASKS_ACTORS.test(q.english) || GIVES_MORE.test(q.english))
      ? undefined
      : actorSides(q, index, form, (e) => accept(e, "left") && accept(e, "right"), comparable);
  const sides =
    groups ??
    actors ??
    pickSides(
      q,
      index,
      searchedSides(form),
      (e, side) => accept(e, side) && writesSideName(e, sideNames[side], index),
      comparable,
      MIN_SIDE_COVERAGE,
      parts?.weigh,
    );
  // "Which got more money, A or B?" where A and B are programmes: each is the programme's whole.
  const whole = (side: "left" | "right", r: RankedEntry | undefined, other: RankedEntry | undefined) =>
    r && !groups && !actors && !form.alike
      ? programmeWhole(
          form[side],
          r,
          index,
          (e) => accept(e, side) && !(other && isPartOf(other.entry, e, index)),
        )
      : r;
  // A side no figure's own sentence names may be the programme a sentence before it names.
  const topical =
    groups || actors || (sides.left && sides.right)
      ? sides
      : topicalSides(q, form, index, accept, comparable, sides);
  const left = whole("left", topical.left, topical.right);
  const right = whole("right", topical.right, left);
  // "Did A grow faster than B?" where A's rate is written "N points higher than B's": the report's
  // own gap decides, whatever figure a search for B finds (stated-gap.ts).
  const stated = form.yesNo ? statedGap(form, index, left, right) : undefined;
  if (stated) {
    const holds = form.wants === "larger" ? stated.leftAbove : !stated.leftAbove;
    return {
      type: "comparison",
      verdict: holds ? "yes" : "no",
      primary: stated.rate,
      value: stated.rate.value,
      inputs: [stated.rate, stated.gap],
      label: stated.rate.label,
      lines: [`${holds ? "Yes" : "No"}: ${stated.statement}`],
      arithmetic: stated.arithmetic,
    };
  }
  if (!left)
    return {
      reason: { en: `The report has no figure for “${form.left}”.`, zh: `报告中没有“${form.left}”的数字。` },
    };
  const a = left.entry as NumericEntry;
  if (!right) {
    return {
      reason: {
        en: `The report has no figure for “${form.right}” to compare with ${named(a).en}.`,
        zh: `报告中没有“${form.right}”的数字可与${named(a).zh}比较。`,
      },
    };
  }
  const b = right.entry as NumericEntry;
  const [larger, smaller] = a.value >= b.value ? [a, b] : [b, a];
  const diff = larger.value - smaller.value;
  const same = diff === 0;
  // Two percentages differ by percentage points: 16.2% is 0.8 points more than 15.4%, not 0.8% more.
  const gap =
    a.kind === "percent" ? fmt(diff, a.unit).replace(/\s*%$/, " percentage points") : fmt(diff, a.unit);
  const relation = same ? "the same as" : `${gap} more than`;
  const statement = `${larger.written} (${lowerFirst(larger.label)}) is ${relation} ${smaller.written} (${lowerFirst(smaller.label)}).`;
  const arithmetic = `${larger.written} − ${smaller.written} = ${gap}`;
  // "…, and by how much?" singles out the difference.
  const value = (picked: NumericEntry) =>
    form.difference ? { value: diff, figure: fmt(diff, a.unit) } : { value: picked.value };
  // The figure is the one the comparative points at, the larger for "more" and the smaller for
  // "fewer", whichever side the question puts first, and whether it asks which or yes or no ("No:
  // 70 million Yuan (B) is 18 million more than 52 million Yuan (A)" gives B's 70 million).
  const picked = form.wants === "larger" ? larger : smaller;
  if (form.yesNo) {
    const holds = form.wants === "larger" ? a.value > b.value : a.value < b.value;
    return {
      type: "comparison",
      verdict: holds ? "yes" : "no",
      primary: picked,
      ...value(picked),
      inputs: [a, b],
      label: `${a.label} compared with ${lowerFirst(b.label)}`,
      lines: [`${holds ? "Yes" : "No"}: ${statement}`],
      arithmetic,
    };
  }
  return {
    type: "comparison",
    verdict: null,
    primary: picked,
    ...value(picked),
    inputs: [a, b],
    label: `${a.label} compared with ${lowerFirst(b.label)}`,
    lines: [statement],
    arithmetic,
  };
}

/** "Did A give more than everyone else combined?": A's figure against the rest of the whole it is part of. */
function againstRest(
  q: Question,
  form: Comparison,
  index: SearchIndex,
  accept: (e: Entry) => boolean,
): Judgement | Unjudged {
  const alone = { left: form.left, right: form.left, shared: form.shared };
  const { left } = pickSides(q, index, alone, accept, () => false, MIN_SIDE_COVERAGE);
  if (!left)
    return {
      reason: { en: `The report has no figure for “${form.left}”.`, zh: `报告中没有“${form.left}”的数字。` },
    };
  const found = asPart(left, form.left, index);
  const part = (found?.entry ?? left.entry) as NumericEntry;
  const whole = wholeOfPart(part, found?.at ?? left.index, index);
  if (!whole)
    return {
      reason: {
        en: `The report does not give ${named(part).en} as part of a whole, so the rest cannot be worked out.`,
        zh: `报告没有给出包含${named(part).zh}的总数，无法算出其余部分。`,
      },
    };
  const rest = whole.value - part.value;
  const partLarger = part.value > rest;
  const holds = form.wants === "larger" ? partLarger : part.value < rest;
  const restText = `${fmt(rest, part.unit)} (the rest of ${whole.written}, ${lowerFirst(whole.label)})`;
  const statement =
    part.value === rest
      ? `${part.written} (${lowerFirst(part.label)}) is the same as ${restText}.`
      : partLarger
        ? `${part.written} (${lowerFirst(part.label)}) is more than ${restText}.`
        : `${part.written} (${lowerFirst(part.label)}) is less than ${restText}.`;
  const picksRest = !form.yesNo && !holds;
  return {
    type: "comparison",
    verdict: form.yesNo ? (holds ? "yes" : "no") : null,
    primary: part,
    value: picksRest ? rest : part.value,
    ...(picksRest ? { figure: fmt(rest, part.unit) } : {}),
    inputs: [part, whole],
    label: `${part.label} compared with the rest of ${lowerFirst(whole.label)}`,
    lines: [form.yesNo ? `${holds ? "Yes" : "No"}: ${statement}` : statement],
    arithmetic: `${whole.written} − ${part.written} = ${fmt(rest, part.unit)}`,
  };
}

// Nouns that say a side is money and nothing more ("the central government's contribution").
const MONEY_NOUN = /\b(?:money|inputs?|funding|contributions?)\b/g;
/**
 * The sides as searched: a noun that only says the side is money is left out (it already made the
 * side ask for money, see saysMoney); the reports write money as "funds" or by the verb that put it
 * in, so as a search word it counts against the very figures the side names.
 */
function searchedSides(form: Comparison): Comparison {
  const strip = (side: string) => {
    const kept = side.replace(MONEY_NOUN, " ").replace(/\s+/g, " ").trim();
    return kept.length > 0 ? kept : side;
  };
  return {
    ...form,
    left: strip(form.left),
    right: strip(form.right),
    // "Relative to its target" says how the sides are weighed; its words name no figure.
    shared: withoutBreakdownNoun(
      form.sharesOfPlan
        ? form.shared.replace(AGAINST_WORDS, " ").replace(MARGIN_WORDS, " ").replace(/\s+/g, " ").trim()
        : form.shared,
    ),
  };
}

// A verb of giving, then "more" or "less" with no noun after it: what was given is money ("put more
// into", "spent less on", "did the masses raise more than …").
const GIVES_MORE =
  /\b(?:put|puts|putting|invest(?:s|ed)?|spen(?:d|ds|t)|g(?:ive|ives|ave)|contribut(?:e|es|ed)|donat(?:e|es|ed)|allocat(?:e|es|ed)|rais(?:e|es|ed)|pa(?:y|ys|id)|pour(?:s|ed)?)\s+(?:in\s+)?(?:more|less)\b(?=\s+(?:into|in|on|to|towards?|for|than)\b|\s*[,?.!]|\s*$)/;

const LENGTH_COMPARATIVE = /\b(?:longer|shorter)\b/;

// A side that asks for the whole itself ("the total", "overall") may be weighed against a part of it.
const saysTotal = (form: Comparison) => /\b(?:total|overall|whole|all)\b/.test(`${form.left} ${form.right}`);

/** Whether `part` is a stated part of `whole`: in its sentence, or in a breakdown, nested or not. */
function isPartOf(part: Entry, whole: Entry, index: SearchIndex, depth = 0): boolean {
  if (depth > 3) return false;
  if (isNumeric(part) && isNumeric(whole) && writtenAsPartOf(part, whole)) return true;
  return (index.groupsByPart.get(part.id) ?? []).some(
    (g) =>
      g.type === "parts" &&
      (g.total === whole.id ||
        (g.total !== part.id && isPartOf(index.kb.byId.get(g.total) ?? part, whole, index, depth + 1))),
  );
}

/**
 * One side found and the other not: the other side's figure may be one its programme's naming
 * sentence, a sentence or two before, describes (topics.ts). The found side is the one the side
 * ranking gives when asked alone (it gives only the first side's best when no pair is found).
 */
function topicalSides(
  q: Question,
  form: Comparison,
  index: SearchIndex,
  accept: (e: Entry, side: "left" | "right") => boolean,
  comparable: (x: Entry, y: Entry) => boolean,
  sides: { left?: RankedEntry; right?: RankedEntry },
): { left?: RankedEntry; right?: RankedEntry } {
  const swapped = { ...form, left: form.right, right: form.left };
  const right =
    sides.right ??
    pickSides(
      q,
      index,
      swapped,
      (e, s) => accept(e, s === "left" ? "right" : "left"),
      comparable,
      MIN_SIDE_COVERAGE,
    ).left;
  // Both sides' best is one figure: it is the side's whose words its own sentence holds more of.
  const shared = sides.left && right?.entry.id === sides.left.entry.id;
  const leftKeeps =
    !shared || ownSentenceMatch(q, index, form.left, right) >= ownSentenceMatch(q, index, form.right, right);
  const [found, missing]: ["left" | "right", "left" | "right"] =
    sides.left && leftKeeps ? ["left", "right"] : ["right", "left"];
  const foundEntry = found === "left" ? sides.left : right;
  if (!foundEntry || (sides.left && right && !shared)) return sides;
  const fits = (x: Entry, y: Entry) => (missing === "right" ? comparable(y, x) : comparable(x, y));
  const pair = (m: RankedEntry, f: RankedEntry) =>
    missing === "right" ? { left: f, right: m } : { left: m, right: f };
  const other = topicSide(q, index, form[missing], form[found], foundEntry, (e) => accept(e, missing), fits);
  if (other) return pair(other, foundEntry);
  // The missing side's programme names the found side's figure: that figure is the missing side's,
  // and the found side is the figure its own programme names.
  const taken = topicSide(
    q,
    index,
    form[missing],
    form[found],
    foundEntry,
    (e) => accept(e, missing),
    fits,
    true,
  );
  if (taken?.entry.id !== foundEntry.entry.id) return sides;
  const again = topicSide(
    q,
    index,
    form[found],
    form[missing],
    taken,
    (e) => accept(e, found),
    (x, y) => fits(y, x),
  );
  return again ? pair(taken, again) : sides;
}

/** The share of a side's words the figure's own sentence holds. */
function ownSentenceMatch(q: Question, index: SearchIndex, side: string, r: RankedEntry): number {
  return match(sideTerms(q, index, side), r.entry.sentence, index, r.entry.report);
}

/**
 * A side that only names a programme (every word of it is in the title of its figure's section:
 * "drinking water safety", "relocation") stands for the programme's whole: when the figure is one
 * of the parts of a total the report states ("A total of N was invested, of which …"), the total.
 */
function programmeWhole(
  side: string,
  r: RankedEntry,
  index: SearchIndex,
  accept: (e: Entry) => boolean,
): RankedEntry {
  const title = contentWords(r.entry.section).map((w) => w.stem);
  const own = contentWords(side).map((w) => w.stem);
  if (own.length === 0 || !own.every((w) => title.includes(w))) return r;
  const e = r.entry;
  // The whole is written in the figure's sentence, so within its section.
  const [from, to] = sectionSpan(index, r.index);
  for (let i = from; i < to; i++) {
    const w = index.kb.entries[i]!;
    if (w.sentence !== e.sentence || w.id === e.id) continue;
    if (accept(w) && isPartOf(e, w, index)) return { ...r, index: i, entry: w };
  }
  return r;
}

// The nouns a count is of, stemmed: its unit's last word ("poor villages" → villages), and the last
// word of each name a curator gave it ("storage ponds" for reservoirs).
const countedNouns = (e: NumericEntry) =>
  [e.unit ?? "", ...(e.aliases ?? [])]
    .map((t) => stem(t.trim().split(/\s+/).at(-1)?.toLowerCase() ?? ""))
    .filter((t) => t.length > 0);
const namesOneOf = (text: string, nouns: string[]) => text.split(/\s+/).some((w) => nouns.includes(stem(w)));
/**
 * Counts of two different things are weighed only when each side names what it counts ("more wells
 * or bridges"); otherwise both sides asked about one measure, and counties against villages (or
 * trainees placed in jobs against labourers trained) would be a match on the sides' other words.
 */
function countsComparable(x: NumericEntry, y: NumericEntry, form: Comparison): boolean {
  const [nx, ny] = [countedNouns(x), countedNouns(y)];
  if (!x.unit || !y.unit || stem(x.unit) === stem(y.unit) || nx.some((n) => ny.includes(n))) return true;
  // "18,000 found jobs at home and 12,000 elsewhere": the bare number's noun is the other's (bare-count.ts).
  if (oneCountLeavesItsNoun(x, y)) return true;
  // A side names what it counts by the figure's noun or by a noun read as its unit ("trainees" for
  // a figure in people).
  const names = (text: string, nouns: string[], unit: string) =>
    namesOneOf(text, nouns) || text.split(/\s+/).some((w) => countUnitIn(w) === unit);
  return (
    names(`${form.left} ${form.shared}`, nx, x.unit) && names(`${form.right} ${form.shared}`, ny, y.unit)
  );
}

// The figure a check is about: the best-ranked figure of the right kind that is not itself a plan
// (a plan is what a result is checked against), unless the question bounds the plan itself ("was the
// planned investment above N?").
function checkedFigure(
  q: Question,
  index: SearchIndex,
  scoring: Scoring,
  accept: (e: NumericEntry) => boolean,
  plansToo = false,
): RankedEntry | undefined {
  const ranked = rankEntries(q, index, scoring, (e) => isNumeric(e) && accept(e as NumericEntry)).filter(
    (r) => (plansToo || index.entryIsPlan[r.index] !== 1) && r.coverage >= MIN_COVERAGE,
  );
  const top = ranked[0];
  return (
    top &&
    (wholeAsked(q, top, ranked, index) ??
      (q.language === "en" ? datedAsAsked(q.english, ranked) : undefined) ??
      top)
  );
}

/**
 * "Were the financial anti-poverty funds over 4 billion Yuan?": of a total and its parts that match
 * the question alike, a part ranked first by its shorter label ("… from the central government") is
 * not what was asked when the question names none of the words that set the part apart: its whole is.
 */
function wholeAsked(q: Question, top: RankedEntry, ranked: RankedEntry[], index: SearchIndex) {
  const whole = wholeFor(top.entry as NumericEntry, top.index, index);
  if (!whole) return undefined;
  const w = ranked.find((r) => r.entry === whole);
  if (!w || w.coverage < top.coverage || w.local < top.local) return undefined;
  const wholeWords = new Set(termsOf(whole.label));
  const asked = new Set(termsOf(q.english));
  const own = termsOf(top.entry.label).filter((t) => !wholeWords.has(t));
  return own.length > 0 && !own.some((t) => asked.has(t)) ? w : undefined;
}

export function judgeCheck(
  q: Question,
  form: Check,
  index: SearchIndex,
  scoring: Scoring,
): Judgement | Unjudged {
  switch (form.against) {
    case "plan":
      return againstPlan(q, form.op, index, form.share);
    case "threshold":
      return againstThreshold(q, form, index, scoring);
    case "previous":
      return againstPrevious(q, form.op, index, scoring);
    case "parts":
      return partsAddUp(q, index, scoring);
    case "whole":
      return partAgainstWhole(q, index, scoring);
  }
}

/** The whole a figure is a part of: "A of the B", or the total of an "of which" breakdown it is in. */
function wholeFor(e: NumericEntry, at: number, index: SearchIndex): NumericEntry | undefined {
  const written = wholeOf(e, at, index);
  if (written) return written;
  for (const g of index.groupsByPart.get(e.id) ?? []) {
    const total = g.type === "parts" ? index.kb.byId.get(g.total) : undefined;
    if (total && isNumeric(total) && total.kind === e.kind) return total;
  }
  return undefined;
}

/**
 * "Were all the X settled?": the best-matching figure that is a part of a whole the report gives
 * ("376 complaints …, of which 362 were settled"), against that whole: yes only when the part is
 * all of it. A figure with no whole cannot say whether it is all, and the reply says so.
 */
function partAgainstWhole(q: Question, index: SearchIndex, scoring: Scoring): Judgement | Unjudged {
  // What is asked to be all done is things, whatever a money word before them says of them ("the
  // fund projects"): figures of every kind are weighed, and a share is one only of the things.
  const ranked = rankEntries({ ...q, kinds: [] }, index, scoring, (e) => isNumeric(e)).filter(
    (r) =>
      index.entryIsPlan[r.index] !== 1 &&
      r.coverage >= MIN_COVERAGE &&
      (r.entry.kind !== "percent" || shareOfThings(r.entry as NumericEntry)),
  );
  for (const r of ranked.slice(0, 4)) {
    const part = r.entry as NumericEntry;
    // "By the end of the year, 92.5% of the projects had been completed": the share done is the
    // answer itself; all of them only at 100%.
    if (part.kind === "percent") {
      const holds = part.value >= 100;
      return verdictOn(
        holds,
        part,
        [part],
        part.label,
        `${part.written} (${lowerFirst(part.label)})${holds ? "" : `; ${fmt(100 - part.value, part.unit)} not`}.`,
        null,
      );
    }
    const whole = wholeFor(part, r.index, index);
    if (!whole) continue;
    const holds = part.value >= whole.value;
    const rest = whole.value - part.value;
    return verdictOn(
      holds,
      part,
      [part, whole],
      `${part.label} against ${lowerFirst(whole.label)}`,
      `${part.written} (${lowerFirst(part.label)}) of ${whole.written} (${lowerFirst(whole.label)})${holds ? "" : `; ${fmt(rest, whole.unit)} not`}.`,
      holds ? null : `${whole.written} − ${part.written} = ${fmt(rest, whole.unit)}`,
    );
  }
  const best = ranked[0];
  return best
    ? {
        reason: {
          en: `The report gives ${named(best.entry as NumericEntry).en} but not the whole it would be all of.`,
          zh: `报告给出了${named(best.entry as NumericEntry).zh}，但没有给出它所属的总数。`,
        },
      }
    : { reason: NO_FIGURE };
}

/**
 * A percentage written as a share of the things themselves ("92.5% of the projects had been
 * completed"), not of a plan, a total amount or a rate ("102.3% of the plan", "69.8% of the total").
 */
const SHARE_OF_THINGS =
  /^\s*of\s+(?:the|its|their|these|those|all)\s+(?![^,;.]*\b(?:plans?|targets?|tasks?|total|whole|investment|funds?|money|income|population)\b)[a-z][a-z -]*?\s+(?:had|has|have|were|was|are|is)\b/i;
// "By the end of the year, 212 clinics were rebuilt, accounting for 85.0%.": a bare share closing
// the clause of a count of things is the share of those things (of all of them) the count is.
const BARE_SHARE_AFTER_COUNT = /\d[\d,.]*\s+[a-z][^,;%]*,\s*accounting for\s*$/i;
const CLAUSE_ENDS = /^\s*(?:[.;]|$)/;
function shareOfThings(e: NumericEntry): boolean {
  const at = e.sentence.indexOf(e.written);
  if (at < 0) return false;
  const after = e.sentence.slice(at + e.written.length);
  return (
    SHARE_OF_THINGS.test(after) ||
    (CLAUSE_ENDS.test(after) && BARE_SHARE_AFTER_COUNT.test(e.sentence.slice(0, at)))
  );
}

function resultScoring(q: Question, index: SearchIndex): Scoring {
  const aside = new Set(q.terms.filter((w) => /^\d/.test(w.surface)).map((w) => w.stem));
  return scoreEntries(
    index,
    queryTerms(q, index).filter((t) => !aside.has(t.term)),
    q,
  );
}

function againstPlan(q: Question, op: Comparator, index: SearchIndex, asked?: number): Judgement | Unjudged {
  // A figure with a plan is strong evidence on its own: a looser match than a bare figure needs will do.
  // The number the question gives for the plan ("its target of 1,000 villages") is the plan's, not
  // the result's: it does not count against the result.
  const ranked = rankEntries(
    q,
    index,
    resultScoring(q, index),
    (e) => isNumeric(e) && e.kind !== "percent",
  ).filter((r) => r.coverage >= MIN_COVERAGE * PLANNED_FIGURE_COVERAGE);
  // A figure the question states is the plan it names ("did it reach the target of 900 villages?"), never
  // the result checked against it, even where the report's label does not say it is a plan.
  const candidates = ranked
    .filter((r) => index.entryIsPlan[r.index] !== 1 && !isStated(q.stated, r.entry))
    .slice(0, 4);
  const judged = (result: NumericEntry, plan: PlanOf) =>
    asked !== undefined ? againstPlanShare(result, plan, op, asked) : planVerdict(result, plan, op);
  for (const r of candidates) {
    const result = r.entry as NumericEntry;
    const plan = planOf(result, r.index, index);
    if (!plan || plan.value === 0) continue;
    // A margin the section states against the plan names the result; a figure it disagrees with is not it.
    const byMargin = plan.stated && resultByMargin(plan.stated, r.index, index);
    return judged(byMargin && byMargin !== result ? byMargin : result, plan);
  }
  // "Did it fulfil its task of lifting low-income people above the line?": the kind the question's
  // words suggest (an income: money) only leans the ranking; a figure further down that matches the
  // question at least as well as the first and has a plan is the result asked about.
  const best = candidates[0];
  for (const r of best ? ranked.slice(candidates.length) : []) {
    if (index.entryIsPlan[r.index] === 1 || r.coverage < best!.coverage) continue;
    const plan = planOf(r.entry as NumericEntry, r.index, index);
    if (plan && plan.value !== 0) return judged(r.entry as NumericEntry, plan);
  }
  // The question names the plan in the report's words for it ("its small loan target": "small loans
  // planned to issue") while the result's own words do not say what it is of ("funds issued"): the
  // result is the figure of the plan's section whose plan it is.
  const viaPlan = resultsOfPlans(ranked, index)[0];
  if (viaPlan) return judged(viaPlan.result, viaPlan.plan);
  // "More than half of its total investment": with no plan, a fraction of a total is of the whole the
  // report states the figure's share of.
  const ofWhole = asked !== undefined ? againstShareOfWhole(q, op, index, asked, best) : undefined;
  if (ofWhole) return ofWhole;
  const top = best?.entry as NumericEntry | undefined;
  const given = top && asked === undefined ? planTheQuestionGives(q, top) : undefined;
  if (top && given !== undefined) return againstGivenPlan(top, best!.index, given, op, index);
  return {
    reason: top
      ? {
          en: `The report gives ${named(top).en} but no plan or target to measure it against.`,
          zh: `报告给出了${named(top).zh}，但没有可以对照的计划或目标。`,
        }
      : NO_FIGURE,
  };
}

/**
 * A fraction of a whole the question bounds ("had more than half of the total investment been
 * disbursed?"), checked against the share of the whole the report states ("97.4 million Yuan had been
 * disbursed, accounting for 34.1% of the total investment"); undefined when the question names no
 * whole or the report states no such share that matches it.
 */
function againstShareOfWhole(
  q: Question,
  op: Comparator,
  index: SearchIndex,
  asked: number,
  best?: RankedEntry,
): Judgement | undefined {
  if (!FRACTION_OF_TOTAL.test(q.english)) return undefined;
  const shares = rankEntries(q, index, resultScoring(q, index), (e) => isNumeric(e) && statedShareOfWhole(e));
  // "The project had a total investment of N. By November, M had been disbursed, accounting for 34%
  // of the total investment": the share's own sentence may not name the project the question does;
  // a share of the whole stated with the best figure, or of the very whole the best figure is, in
  // its section, is the share asked.
  const stated =
    shares.find((r) => r.coverage >= MIN_COVERAGE * PLANNED_FIGURE_COVERAGE) ??
    (best && shares.find((r) => ofTheBestWhole(r.entry as NumericEntry, best.entry)));
  if (!stated) return undefined;
  const share = stated.entry as NumericEntry;
  const holds = compare(share.value, op, asked);
  const [yesWords, noWords] = OP_WORDS[op];
  return verdictOn(
    holds,
    share,
    [share],
    share.label,
    `${share.written} (${lowerFirst(share.label)}) is ${holds ? yesWords : noWords} ${pct(asked)}.`,
    null,
  );
}

/**
 * Whether a stated share is the best figure's: written in its sentence (the amount it is the share
 * of), or of the whole the best figure is (one section, the whole's label named after "of the").
 */
function ofTheBestWhole(share: NumericEntry, whole: Entry): boolean {
  if (share.report !== whole.report || share.section !== whole.section || whole.kind === "percent")
    return false;
  if (share.sentence === whole.sentence) return true;
  const at = writtenAt(share.sentence, share.written);
  const after = share.sentence.slice(at + share.written.length).toLowerCase();
  const named = /^\s*of\s+(?:the\s+|its\s+)?((?:[a-z-]+\s*){1,3})/.exec(after)?.[1]?.trim();
  return !!named && named.split(/\s+/).every((w) => termsOf(whole.label).includes(stem(w)));
}

/**
 * A result against its plan: the verdict, the result, the plan and the share of plan achieved, each
 * cited (the plan as the report states it, or worked out from the share the report gives).
 */
function planVerdict(result: NumericEntry, plan: PlanOf, op: Comparator): Judgement {
  const holds = compare(result.value, op, plan.value);
  const share = (result.value / plan.value) * 100;
  const planText = plan.stated ? plan.stated.written : `${fmt(plan.value, plan.unit)} (${plan.arithmetic})`;
  const inputs = [result, ...(plan.stated ? [plan.stated] : []), ...(plan.percent ? [plan.percent] : [])];
  return {
    type: "yesno",
    verdict: holds ? "yes" : "no",
    primary: result,
    value: result.value,
    inputs,
    label: `${result.label} against the plan`,
    lines: [
      `${holds ? "Yes" : "No"}: ${result.written} (${lowerFirst(result.label)}) against a plan of ${planText}: ${pct(share)} of plan.`,
    ],
    arithmetic: `${result.written} ÷ ${plan.stated ? plan.stated.written : fmt(plan.value, plan.unit)} = ${pct(share)}`,
  };
}

/**
 * The plan a question gives ("did X meet its annual plan of 50,000 people?"): the one number
 * it states, not a year, not a percentage and not the result itself. Undefined when it states none
 * or several.
 */
function planTheQuestionGives(q: Question, result: NumericEntry): number | undefined {
  const stated = findNumbers(q.english).filter((n) => !isYear(n) && !n.percent && !n.ordinal && n.value > 0);
  if (stated.length !== 1) return undefined;
  const n = stated[0]!;
  // The plan counts what the result counts: "50,000 people" for a number of people, not for Yuan.
  const after = /^\s*([a-z]+)/i.exec(q.english.slice(n.index + n.text.length))?.[1];
  const unit = result.unit ?? "";
  if (after && !STOPWORDS.has(after.toLowerCase()) && stem(after.toLowerCase()) !== stem(unit.toLowerCase()))
    return undefined;
  return Math.abs(n.value - result.value) <= SAME_VALUE * n.value ? undefined : n.value;
}
// Numbers as the reader rounds them: a stated plan this close to the result is the result restated.
const SAME_VALUE = 0.005;

/** A result against the plan the question gives, citing the report's own figure for it when it has one. */
function againstGivenPlan(
  result: NumericEntry,
  at: number,
  plan: number,
  op: Comparator,
  index: SearchIndex,
): Judgement {
  const holds = compare(result.value, op, plan);
  const share = (result.value / plan) * 100;
  // The report's figure for that plan, said in the result's sentence ("… the annual plan of N
  // people"): looked for in the result's section, not every entry of the knowledge.
  const cited = index.kb.entries
    .slice(...sectionSpan(index, at))
    .find(
      (e): e is NumericEntry =>
        isNumeric(e) && e.sentence === result.sentence && e.id !== result.id && e.value === plan,
    );
  const planText = cited ? cited.written : fmt(plan, result.unit);
  return {
    type: "yesno",
    verdict: holds ? "yes" : "no",
    primary: result,
    value: result.value,
    inputs: cited ? [result, cited] : [result],
    label: `${result.label} against the plan`,
    lines: [
      `${holds ? "Yes" : "No"}: ${result.written} (${lowerFirst(result.label)}) against a plan of ${planText}${cited ? "" : " (as the question gives it)"}: ${pct(share)} of plan.`,
    ],
    arithmetic: `${result.written} ÷ ${planText} = ${pct(share)}`,
  };
}

/**
 * A result against a share of its plan ("more than two thirds of its plan", "over the plan by more than
 * 20%"): the share of plan achieved, from the report's own percentage when it states one ("10% of the
 * total target", "12.53% beyond the scheduled task"), which is then the figure the verdict rests on.
 */
function againstPlanShare(result: NumericEntry, plan: PlanOf, op: Comparator, share: number): Judgement {
  const achieved = (result.value / plan.value) * 100;
  const holds = compare(Number(achieved.toFixed(6)), op, share);
  // A margin over the plan reads as one ("12.53% over plan"); a fraction as a share ("10% of plan").
  const over = share > 100;
  const said = (p: number) => (over ? `${pct(p - 100)} over plan` : `${pct(p)} of plan`);
  const planText = plan.stated ? plan.stated.written : plan.arithmetic;
  const [yesWords, noWords] = OP_WORDS[op];
  const primary = plan.percent ?? result;
  const inputs = [result, ...(plan.stated ? [plan.stated] : []), ...(plan.percent ? [plan.percent] : [])];
  return {
    type: "yesno",
    verdict: holds ? "yes" : "no",
    primary,
    value: primary.value,
    inputs: [...new Set(inputs)],
    label: `${result.label} against the plan`,
    lines: [
      `${holds ? "Yes" : "No"}: ${result.written} (${lowerFirst(result.label)}) is ${said(achieved)}, ${holds ? yesWords : noWords} ${said(share)}; the plan: ${planText}.`,
    ],
    arithmetic: `${result.written} ÷ ${plan.stated ? plan.stated.written : fmt(plan.value, plan.unit)} = ${pct(achieved)} of plan`,
  };
}

// "each household", "per person", or the unit and then "each" ("households … each gain").
// "by more than 2,000 yuan each": an amount given "each" is a bound on a figure per unit too.
const PER_ASKED = new RegExp(
  String.raw`\b(?:per|each|every|average)\s+(?:[a-z]+\s+)?(?:${PER_UNIT_PATTERN})\b|\b(?:${PER_UNIT_PATTERN})\b(?:\s+[a-z]+){0,5}\s+each\b|\d\s*(?:yuan|rmb)\s+(?:each|apiece)\b`,
);

// People bound a figure near its size ("over 3,000 km" for 3,005 km): a figure within this factor
// of the bound, whose own description the question names nearly whole, is what the question is
// about even when the rest of it is in the asker's own words.
const NEAR_BOUND_FACTOR = 1.5;
const NEAR_BOUND_MIN_PRECISION = 0.8;
const NEAR_BOUND_MIN_COVERAGE = 0.2;

function figureNearBound(
  q: Question,
  index: SearchIndex,
  scoring: Scoring,
  form: Extract<Check, { against: "threshold" }>,
  boundIsAFigure: boolean,
): RankedEntry | undefined {
  if (form.percent || form.threshold <= 0) return undefined;
  const isBound = isTheBound(form);
  return rankEntries(
    q,
    index,
    scoring,
    (e) => isNumeric(e) && e.kind !== "percent" && !(boundIsAFigure && isBound(e.value)),
  )
    .filter((r) => {
      const v = (r.entry as NumericEntry).value;
      return (
        index.entryIsPlan[r.index] !== 1 &&
        r.precision >= NEAR_BOUND_MIN_PRECISION &&
        r.local >= MIN_LOCAL &&
        r.coverage >= NEAR_BOUND_MIN_COVERAGE &&
        v * NEAR_BOUND_FACTOR >= form.threshold &&
        v <= form.threshold * NEAR_BOUND_FACTOR &&
        (q.kinds.length === 0 || q.kinds.includes(r.entry.kind))
      );
    })
    .at(0);
}

/**
 * "Were all N … ?": N is the whole the question states, given, not checked; when the report gives
 * a part of that whole ("M of the N villages"), the part is the figure measured against "all N".
 */
function partOfStatedWhole(
  q: Question,
  form: Extract<Check, { against: "threshold" }>,
  index: SearchIndex,
  scoring: Scoring,
  whole: RankedEntry,
): RankedEntry | undefined {
  if (!/^all\b/.test(form.text) || !isStated(q.stated, whole.entry)) return undefined;
  return rankEntries(q, index, scoring, (e) => isNumeric(e) && e.kind !== "percent").find(
    (r) => r.index !== whole.index && wholeOf(r.entry as NumericEntry, r.index, index)?.id === whole.entry.id,
  );
}

function againstThreshold(
  q: Question,
  form: Extract<Check, { against: "threshold" }>,
  index: SearchIndex,
  scoring: Scoring,
): Judgement | Unjudged {
  // "Did it finish at least the 1,000 villages it planned?": the report's plan of that value, then its result.
  const planned = form.boundIsPlan ? statedPlanOfValue(q, form, index, scoring) : undefined;
  if (planned) return planVerdict(planned.result, planned.plan, form.op);
  // "Did each household gain more than N": the bound is on a figure given per household, not on a total.
  const perUnit = PER_ASKED.test(q.english);
  // "Larger than the 40 million Yuan of small loan discount funds": a bound written as a figure the
  // report has ("the N …") is the other side of the check, never the figure checked against it.
  const boundIsAFigure = !form.boundIsPlan && BOUND_NAMED.test(form.text);
  const isBound = isTheBound(form);
  // "At least three quarters of the funds", "over 60% of the households": a share of a whole is
  // bounded, which no rate of change is ("up 17.4%" is no share of anything).
  const shareBounded = form.percent && SHARE_OF_BOUND.test(form.text);
  const found = checkedFigure(
    q,
    index,
    scoring,
    (e) =>
      (form.percent
        ? e.kind === "percent" && !(shareBounded && isNamedChange(e))
        : e.kind !== "percent" && (q.kinds.length === 0 || q.kinds.includes(e.kind))) &&
      (perUnit ? isRate(e) : form.percent || !isRate(e) || asksAnyRate(q.english)) &&
      !(boundIsAFigure && isBound(e.value)),
    form.ofPlan,
  );
  const near = found ? undefined : figureNearBound(q, index, scoring, form, boundIsAFigure);
  if (!found && !near) return { reason: NO_FIGURE };
  const picked = latestOf(
    q,
    ((found && partOfStatedWhole(q, form, index, scoring, found)) ?? found ?? near)!,
    index,
  );
  const e = picked.entry as NumericEntry;
  const ofPlan = form.boundIsPlan ? boundIsThePlan(picked, form, index) : undefined;
  if (ofPlan) return planVerdict(ofPlan.result, ofPlan.plan, form.op);
  // The report's plan of the very value the question bounds by: the check is on its result.
  if (isPlanAt(index, picked.index) && isBound(e.value))
    return resultAgainstPlanBound(e, picked.index, form, index);
  return thresholdVerdict(e, form, [e]);
}

/**
 * "Is the dropout rate under 3%?" of "the dropout rate fell from 4.1% to 3.4%": a question that names
 * no year asks of the figure as it stands, the latest year the sentence gives for the same measure,
 * never the level it moved from.
 */
function latestOf(q: Question, picked: RankedEntry, index: SearchIndex): RankedEntry {
  if (q.years.length > 0) return picked;
  let at = picked;
  for (let later = yearOf(at.entry as NumericEntry, at.index, index, 1); later; ) {
    at = { ...at, entry: later.entry, index: later.index };
    later = yearOf(later.entry, later.index, index, 1);
  }
  return at;
}

/** The verdict of a figure against the question's bound; `after` says what the bound is, if anything. */
function thresholdVerdict(
  e: NumericEntry,
  form: Extract<Check, { against: "threshold" }>,
  inputs: NumericEntry[],
  after = "",
): Judgement {
  const holds = compare(e.value, form.op, form.threshold);
  const bound = form.percent ? pct(form.threshold) : fmt(form.threshold, e.unit);
  const [yesWords, noWords] = OP_WORDS[form.op];
  return {
    type: "yesno",
    verdict: holds ? "yes" : "no",
    primary: e,
    value: e.value,
    inputs,
    label: e.label,
    lines: [
      `${holds ? "Yes" : "No"}: ${e.written} (${lowerFirst(e.label)}) is ${holds ? yesWords : noWords} ${bound}${after}.`,
    ],
    arithmetic: null,
  };
}

/**
 * "Did X meet its target of at least 70%?" where the report's plan is that 70%: the result the
 * sentence gives beside the plan is checked against the bound; with none, no verdict (the plan is
 * the question's own input, not an answer).
 */
function resultAgainstPlanBound(
  plan: NumericEntry,
  at: number,
  form: Extract<Check, { against: "threshold" }>,
  index: SearchIndex,
): Judgement | Unjudged {
  const result = resultAfterPlan(index, at, isTheBound(form));
  if (!result)
    return {
      reason: {
        en: `The report gives ${named(plan).en} as a plan but no result to measure against it.`,
        zh: `报告给出了${named(plan).zh}这一计划，但没有可与之对照的实际结果。`,
      },
    };
  return thresholdVerdict(
    result.entry,
    form,
    [result.entry, plan],
    `, the plan of ${plan.written} (${lowerFirst(plan.label)})`,
  );
}

const SHARE_OF_BOUND = /\bof\s*$/;
// "than the 40 million …", "over the 2,000 …": a definite article before the bound names a figure.
const BOUND_NAMED = /\bthe\s+\d/;
const isTheBound = (form: Extract<Check, { against: "threshold" }>) => (v: number) =>
  Math.abs(v - form.threshold) <= SAME_VALUE * form.threshold;

/**
 * The report's plan whose value is the bound the question names as the plan, and the result it is
 * the plan of. The stated value is strong evidence: a looser match of words will do, as for a
 * figure with a plan.
 */
function statedPlanOfValue(
  q: Question,
  form: Extract<Check, { against: "threshold" }>,
  index: SearchIndex,
  scoring: Scoring,
): { result: NumericEntry; plan: PlanOf } | undefined {
  if (form.percent) return undefined;
  const isBound = isTheBound(form);
  const plan = rankEntries(
    q,
    index,
    scoring,
    (e) => isNumeric(e) && e.kind !== "percent" && isBound(e.value),
  ).find(
    (r) =>
      r.coverage >= MIN_COVERAGE * PLANNED_FIGURE_COVERAGE &&
      (index.entryIsPlan[r.index] === 1 || statedAsPlan(r.entry)),
  );
  const found = plan && resultOf(plan.entry as NumericEntry, plan.index, index);
  return found ? { result: found.result, plan: found.plan } : undefined;
}

/**
 * "Did it finish at least the 1,000 villages it planned?": a bound the question gives as the plan is
 * the report's plan when a plan of that value is there (the figure picked, or the picked result's
 * own plan); the check is then the result against its plan, not the plan against itself.
 */
function boundIsThePlan(
  picked: RankedEntry,
  form: Extract<Check, { against: "threshold" }>,
  index: SearchIndex,
): { result: NumericEntry; plan: PlanOf } | undefined {
  if (form.percent) return undefined;
  const e = picked.entry as NumericEntry;
  const isBound = isTheBound(form);
  if (index.entryIsPlan[picked.index] === 1 || statedAsPlan(e)) {
    if (!isBound(e.value)) return undefined;
    const found = resultOf(e, picked.index, index);
    return found && { result: found.result, plan: found.plan };
  }
  const plan = planOf(e, picked.index, index);
  return plan && isBound(plan.value) ? { result: e, plan } : undefined;
}

function againstPrevious(
  q: Question,
  op: Comparator,
  index: SearchIndex,
  scoring: Scoring,
): Judgement | Unjudged {
  const checked = checkedFigure(q, index, scoring, () => true);
  if (!checked) return { reason: NO_FIGURE };
  // "1,126 this year, compared with 948 last year": when the question's "last year" ranks the earlier
  // figure first, the one checked is still the later one, against the earlier.
  const later = yearOf(checked.entry as NumericEntry, checked.index, index, 1);
  const found = later ?? checked;
  const e = found.entry as NumericEntry;
  const change = changeOf(e, found.index, index);
  const before = change ? undefined : previousYearOf(e, found.index, index);
  if (before) {
    const diff = Math.abs(e.value - before.value);
    const moved = e.value > before.value ? "up" : e.value < before.value ? "down" : "unchanged";
    return verdictOn(
      compare(e.value, op, before.value),
      e,
      [e, before],
      `${e.label} compared with the previous year`,
      `${e.written} in ${e.year} against ${before.written} in ${before.year} — ${lowerFirst(e.label)}, ${moved}${diff ? ` ${fmt(diff, e.unit)}` : ""}.`,
      `${e.written} − ${before.written} = ${fmt(e.value - before.value, e.unit)}`,
    );
  }
  if (!change)
    return {
      reason: {
        en: `The report gives ${named(e).en} but no figure for the previous year to compare it with.`,
        zh: `报告给出了${named(e).zh}，但没有上一年的数字可以比较。`,
      },
    };
  const rose = change.direction === "up";
  const holds = op === "<" || op === "<=" ? !rose : rose;
  const changes = change.changes.map((c) => c.written).join(" and ");
  // The figure may itself be the change ("increased by 46.3 million Yuan over the previous year"):
  // the verdict is on the figure that changed, when its sentence states it ("pledges reached N
  // Yuan, up 4.1%": N), else on the change.
  const changed = change.changes.includes(e) ? figureChanged(e, found.index, index) : e;
  const what = changed ? `${changed.written} (${lowerFirst(changed.label)})` : lowerFirst(e.label);
  const primary = changed ?? e;
  return {
    type: "yesno",
    verdict: holds ? "yes" : "no",
    primary,
    value: primary.value,
    inputs: [...new Set([primary, e, ...change.changes])],
    label: `${e.label} compared with the previous year`,
    lines: [`${holds ? "Yes" : "No"}: ${rose ? "up" : "down"} ${changes} on the previous year — ${what}.`],
    arithmetic: null,
  };
}

/**
 * The figure a stated change is the change of: the nearest figure before it in its sentence, not
 * itself a percentage, whose own stated change is this one ("reached N Yuan, up 4.1%": N).
 */
function figureChanged(change: NumericEntry, at: number, index: SearchIndex): NumericEntry | undefined {
  for (let i = at - 1; i >= Math.max(0, at - SENTENCE_WINDOW); i--) {
    const x = index.kb.entries[i]!;
    if (x.sentence !== change.sentence || x.report !== change.report) return undefined;
    if (!isNumeric(x) || x.kind === "percent") continue;
    return changeOf(x, i, index)?.changes.includes(change) ? x : undefined;
  }
  return undefined;
}

/**
 * The same measure a year earlier, stated beside the figure ("1,126 this year, compared with 948
 * last year"): a figure of the same sentence with the same label, of the year before.
 */
function previousYearOf(e: NumericEntry, at: number, index: SearchIndex): NumericEntry | undefined {
  return yearOf(e, at, index, -1)?.entry as NumericEntry | undefined;
}

/** The same measure `offset` years from the figure's, stated in its sentence, with its index. */
function yearOf(
  e: NumericEntry,
  at: number,
  index: SearchIndex,
  offset: number,
): { entry: NumericEntry; index: number } | undefined {
  const year = e.year;
  if (year == null) return undefined;
  const [start, end] = sectionSpan(index, at);
  for (let i = start; i < end; i++) {
    const x = index.kb.entries[i]!;
    if (
      i !== at &&
      isNumeric(x) &&
      x.sentence === e.sentence &&
      x.kind === e.kind &&
      x.year === year + offset &&
      x.label === e.label
    )
      return { entry: x as NumericEntry, index: i };
  }
  return undefined;
}

function partsAddUp(q: Question, index: SearchIndex, scoring: Scoring): Judgement | Unjudged {
  const ranked = rankEntries(
    q,
    index,
    scoring,
    (e) => index.groupsByTotal.has(e.id) || index.groupsByPart.has(e.id),
  ).filter((r) => r.coverage >= MIN_COVERAGE / 2);
  for (const r of ranked) {
    const groups = [
      ...(index.groupsByTotal.get(r.entry.id) ?? []),
      ...(index.groupsByPart.get(r.entry.id) ?? []),
    ].filter((g) => g.type === "parts");
    const g = groups[0];
    const check = g && index.sumChecks.get(g.id);
    if (!g || !check) continue;
    const total = index.kb.byId.get(g.total) as NumericEntry;
    const parts = g.parts.map((id) => index.kb.byId.get(id) as NumericEntry);
    const gap = check.stated - check.computed;
    return {
      type: "yesno",
      verdict: check.ok ? "yes" : "no",
      primary: total,
      value: check.computed,
      inputs: [total, ...parts],
      label: `${g.title}: parts against the stated total`,
      lines: [
        check.ok
          ? `Yes: the parts add up to ${fmt(check.computed, check.unit)}, the stated total ${total.written}.`
          : `No: the parts add up to ${fmt(check.computed, check.unit)}, not the stated ${total.written} (a gap of ${fmt(Math.abs(gap), check.unit)}).`,
      ],
      arithmetic: `${parts.map((p) => p.written).join(" + ")} = ${fmt(check.computed, check.unit)}`,
    };
  }
  return {
    reason: {
      en: "The report lists no parts with a total for what was asked.",
      zh: "报告中没有所问内容的分项与合计。",
    },
  };
}

/** A figure its label, or the words right before it, give as a plan ("a target of N"). */
const namedAsPlan = (e: Entry) => PLAN_WORDS.test(e.label) || statedAsPlan(e);
