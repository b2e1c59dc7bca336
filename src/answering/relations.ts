// How figures of a report relate to plans and to the previous year, read from the sentences
// themselves so that a report nobody annotated has them too:
//   "trained 206300 people, accounting for 103% of the annual plan (200,000 people)" → the plan is stated;
//   "transferred 189,000 people, accounting for 105% of the scheduled task" → plan = 189,000 ÷ 105%;
//   "moved 5853 households and 24756 people, respectively 17.06% and 12.53% beyond the scheduled task"
//     → each plan = result ÷ (1 + its percentage);
//   "planned to launch … in 1,000 villages" … "completed … 1012 villages" → a planned figure of the
//     same unit in the same section;
//   "increased by 46.3 million Yuan over the previous year, up 35.2%" → a change on the previous year.
// Annotated target groups come first: a curator's reading beats a pattern.
import { writtenAt } from "../knowledge/written-at.js";
import { isNumeric, type Entry, type NumericEntry } from "../knowledge/schema.js";
import { formatValue } from "../knowledge/figures.js";
import { YEAR } from "../text/years.js";
import { type SearchIndex, sectionSpan, termsOf } from "./search-index.js";
import { changeRun, RESPECTIVELY_AFTER, speaksOf, type WrittenFigure } from "./change-owner.js";
import { labelWithoutUnit } from "../knowledge/label-phrases.js";

export type PlanOf = {
  /** The planned figure. */
  value: number;
  unit: string;
  /** The plan as the report states it, when it does. */
  stated?: NumericEntry;
  /** The stated percentage the plan is computed from, when it is not stated. */
  percent?: NumericEntry;
  /**
   * How the plan was computed ("189,000 ÷ 105% = 180,000"), when it was; with `stated` too, the plan
   * was worked out from the share and the section states it as well.
   */
  arithmetic?: string;
};

export type ChangeOf = {
  /** The stated changes: an amount ("increased by 46.3 million Yuan") and/or a percentage ("up 35.2%"). */
  changes: NumericEntry[];
  direction: "up" | "down";
};

const SHARE_OF_PLAN =
  /^\s*(?:of\s+)?(?:the\s+)?(?:annual\s+|yearly\s+|total\s+|whole\s+|overall\s+)?(?:plan|target|scheduled task|task|goal|quota|planned\s+\w+)\b/i;
const BEYOND_PLAN =
  /^\s*(?:beyond|above|over|more than|in excess of)\s+(?:the\s+)?(?:annual\s+|yearly\s+)?(?:scheduled task|plan|target|task|goal|quota)\b/i;
const BELOW_PLAN =
  /^\s*(?:below|under|short of|less than)\s+(?:the\s+)?(?:annual\s+|yearly\s+)?(?:scheduled task|plan|target|task|goal|quota)\b/i;
// "up N", "increased by N", and the nouns: "an increase of N", "a rise of N", "a drop of N".
export const UP_BEFORE =
  /\b(?:up|increas(?:ed|ing)|gr(?:ew|owing|owth of)|r(?:ose|ising)|(?:an\s+)?increase of|(?:a\s+)?rise of)\s+(?:by\s+)?$/i;
export const DOWN_BEFORE =
  /\b(?:down|decreas(?:ed|ing)|f(?:ell|alling)|declin(?:ed|ing)|dropp(?:ed|ing)|(?:a\s+)?(?:decrease|drop|fall|decline) of)\s+(?:by\s+)?$/i;
export const OVER_PREVIOUS =
  /^\s*(?:over|than|compared with|from)\s+(?:the\s+)?(?:previous|last|prior)\s+year\b|^\s*year[- ]on[- ]year\b/i;
// "… 514 million Yuan more than in 2010", "41 more than the previous year": an amount written as
// the difference itself, the comparison after it.
export const MORE_THAN_BEFORE = new RegExp(
  String.raw`^\s*(?:(more|higher|greater|larger)|less|fewer|lower|smaller)\s+than\s+(?:in\s+|that of\s+|the level of\s+)?(?:${YEAR}\b|(?:the\s+|a\s+)?(?:previous|last|prior)\s+year\b)`,
  "i",
);
// "RMB 6.7 billion …, 1.6 times as much as in 2012", "2.743 billion yuan, 1.6 times that of the
// previous year": a multiple of the year before, written after the figure it is of.
export const TIMES_THE_PREVIOUS = new RegExp(
  String.raw`^\s*(?:as\s+(?:much|many|large|big|high)\s+as|that\s+of|the\s+level\s+of)\s+(?:in\s+)?(?:${YEAR}\b|(?:the\s+|a\s+)?(?:previous|last|prior)\s+year\b)`,
  "i",
);
/** Whether a figure is a multiple of the previous year's (TIMES_THE_PREVIOUS), by its unit "times". */
export const isTimesChange = (e: Entry) => e.kind === "count" && e.unit === "times";
const RESPECTIVELY_BETWEEN = /\brespectively\b/i;
/** A percentage further than this from a figure is about something else. */
const MAX_GAP_TO_PERCENT = 60;

/** A figure of a sentence: where it sits among the knowledge's entries, and where it is written. */
type Placed = { entry: NumericEntry; pos: number; at: number; end: number };
// Note: a figure's end is where its written form ends, so "239 of the 251" reads as 239, " of the ", 251.

/** Entries of one sentence are consecutive; a sentence never holds more figures than this. */
export const SENTENCE_WINDOW = 40;

// The figures of one sentence in reading order, with where each is written. `at` is the figure's
// position among the entries (callers have it from the ranking): no scan of 100,000 entries.
export function placedInSentence(e: Entry, at: number, index: SearchIndex): Placed[] {
  const out: Placed[] = [];
  const { entries } = index.kb;
  for (
    let i = Math.max(0, at - SENTENCE_WINDOW);
    i < Math.min(entries.length, at + SENTENCE_WINDOW + 1);
    i++
  ) {
    const x = entries[i]!;
    if (x.sentence !== e.sentence || x.report !== e.report || !isNumeric(x)) continue;
    const where = findWritten(x);
    out.push({ entry: x, pos: i, at: where, end: where + x.written.length });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Where a figure is written in its sentence; its clause pins down which of two equal spellings. */
export function findWritten(e: Entry): number {
  const clauseAt = e.sentence.indexOf(e.context);
  const inClause = clauseAt >= 0 ? writtenAt(e.sentence, e.written, clauseAt) : -1;
  return inClause >= 0 ? inClause : writtenAt(e.sentence, e.written);
}

/** The plan a result is measured against, stated or implied by a stated percentage of it. */
export function planOf(e: NumericEntry, at: number, index: SearchIndex): PlanOf | undefined {
  for (const g of index.groupsByPart.get(e.id) ?? []) {
    if (g.type !== "target") continue;
    const stated = index.kb.byId.get(g.total);
    if (stated && isNumeric(stated)) return { value: stated.value, unit: stated.unit, stated };
  }
  if (e.kind === "percent") return undefined;
  const fromShare = planFromShare(e, at, index);
  if (fromShare) return fromShare;
  // A planned figure of the same unit and year elsewhere in the section ("planned to launch … in
  // 1,000 villages" … "completed … 1012 villages"); not one of which this figure is a part.
  // A section's entries are consecutive: walk out from the figure while the section lasts.
  const partOf = new Set((index.groupsByPart.get(e.id) ?? []).map((g) => g.total));
  const { entries } = index.kb;
  // Elsewhere in the section, or earlier in the same sentence ("planned … in N poor villages and
  // actually completed M villages"), or after it as its plan ("M households, against a plan of N").
  const [start, end] = sectionSpan(index, at);
  for (let i = start; i < end; i++) {
    const x = entries[i]!;
    if (
      // A figure is never its own plan: a plan the question matched ("the target of 900 villages")
      // measured against itself gave "100% of plan" with the plan as the result.
      i !== at &&
      (x.sentence !== e.sentence || i < at || statedAsPlan(x)) &&
      x.year === e.year &&
      isNumeric(x) &&
      (sameMeasure(index, i, at) || (i < at && countedOfThem(e, x))) &&
      x.kind !== "percent" &&
      !partOf.has(x.id) &&
      (index.entryIsPlan[i] === 1 || statedAsPlan(x)) &&
      aboutTheSameThing(e, x) &&
      !levelAgainstFlow(e, x) &&
      !claimedByAnother(x, e, start, index)
    ) {
      return { value: x.value, unit: e.unit, stated: x };
    }
  }
  return undefined;
}

// "… the number of rural poor residents had dropped to 7.45 million" and "planned to lift 1.5 million
// rural residents out of poverty": a level a change reached is a stock, and a plan of what the year
// was to do is a flow; the level is that plan's result only when the plan is a level too ("to N").
const LEVEL_BEFORE =
  /\b(?:fell|dropped|decreased|declined|rose|increased|grew|reduced|came down|went up)\s+to\s+$/i;
const TO_BEFORE = /\bto\s+$/i;
function levelAgainstFlow(result: NumericEntry, plan: Entry): boolean {
  const before = (e: Entry) => e.sentence.slice(0, Math.max(0, findWritten(e)));
  return LEVEL_BEFORE.test(before(result)) && !TO_BEFORE.test(before(plan));
}

// "planned to reinforce 30 reservoirs and completed 27 of them": a count written "N of them" counts
// the things an earlier count of its sentence names, whatever unit its own words were given.
const OF_THEM_AFTER = /^\s+of\s+(?:them|these|those)\b/i;
function countedOfThem(e: NumericEntry, earlier: Entry): boolean {
  if (e.kind !== "count" || earlier.kind !== "count" || earlier.sentence !== e.sentence) return false;
  const at = findWritten(e);
  return at > findWritten(earlier) && OF_THEM_AFTER.test(e.sentence.slice(at + e.written.length));
}

// Words of a label that say a figure is planned, or that it is an amount, not what it is of: every
// money figure is some "funds" or "investment".
const PLAN_LABEL_WORDS = new Set(
  termsOf(
    "plan planned plans target expected scheduled task goal quota annual funds fund money capital investment invested total amount yuan",
  ),
);
/**
 * A plan stated elsewhere in the section is the plan of a result about the same thing. Counts say
 * so by their unit ("villages"); an amount of money, a length or an area says so only by its label,
 * which must share a word besides the plan words and the words of any amount ("small loans issued" and "small loans planned to
 * issue"; not "integrated funds" and "planned investment by county").
 */
function aboutTheSameThing(result: NumericEntry, plan: NumericEntry): boolean {
  if (result.kind === "count") return true;
  const mine = new Set(termsOf(result.label));
  return termsOf(plan.label).some((t) => mine.has(t) && !PLAN_LABEL_WORDS.has(t));
}

/** The plan a figure's own stated share of it gives: stated right after the share, or computed from it. */
/** The plan `first` and the figures of its kind listed after it, parted by commas and "and" ("N households and M people"). */
function planListAfter(placed: Placed[], first: Placed): Placed[] {
  const list = [first];
  const sentence = first.entry.sentence;
  for (let k = placed.indexOf(first) + 1; k < placed.length; k++) {
    const x = placed[k]!;
    if (x.entry.kind !== first.entry.kind || !LIST_JOINER.test(sentence.slice(list.at(-1)!.end, x.at))) break;
    list.push(x);
  }
  return list;
}
const LIST_JOINER = /^\s*(?:,|,?\s*and)\s*$/;

function planFromShare(e: NumericEntry, at: number, index: SearchIndex): PlanOf | undefined {
  const placed = placedInSentence(e, at, index);
  const mine = placed.findIndex((p) => p.entry === e);
  // A percentage of, or beyond, the plan right after the figure (or paired by "respectively").
  const found = percentFor(placed, mine);
  if (!found) return undefined;
  const { percent } = found;
  const after = e.sentence.slice(found.tailAt);
  const p = percent.entry.value;
  // "103% of the annual plan (200,000 people)": the plan is stated right after its share. A figure
  // there is that plan only when the share agrees with it: "104.5% of the annual plan, of which
  // 118,300 people …" goes on to a part of the result, not to the plan.
  const first = placed[placed.indexOf(percent) + 1];
  const isPlan = (x: Placed | undefined): x is Placed =>
    !!x && (index.entryIsPlan[x.pos] === 1 || statedAsPlan(x.entry));
  const planNext = isPlan(first) && first.at - percent.end < MAX_GAP_TO_PERCENT;
  // "108.5% and 107.3% of the plan (30,000 households and 120,000 people) respectively": the plans
  // after the shares are a list too; this result's plan is the one of its own measure in it.
  const next = planNext
    ? (planListAfter(placed, first).find((x) => sameMeasure(index, x.pos, at)) ?? first)
    : first;
  if (
    planNext &&
    // The same measure, or a count of the same kind whose unit the reader took from the words after
    // it ("the target of 90,000 set at the start of the year"): the share, exact to its rounding,
    // says it is this result's plan.
    (sameMeasure(index, next!.pos, at) || next!.entry.kind === e.kind) &&
    shareAgrees(e.value, next!.entry.value, percent.entry)
  ) {
    return { value: next!.entry.value, unit: e.unit, stated: next!.entry, percent: percent.entry };
  }
  // "… households and N people, completing 110% of the planned task of M households": the plan
  // written after the share says what the share is of; a figure of another measure has no share here.
  if (planNext && !sameMeasure(index, next!.pos, at) && next!.entry.kind === e.kind) return undefined;
  if (SHARE_OF_PLAN.test(after) && p > 0)
    return (
      planStatedInSection(e, at, percent.entry, index) ??
      computed(e, e.value / (p / 100), percent.entry, `${e.written} ÷ ${percent.entry.written}`)
    );
  if (BEYOND_PLAN.test(after))
    return computed(
      e,
      e.value / (1 + p / 100),
      percent.entry,
      `${e.written} ÷ (100% + ${percent.entry.written})`,
    );
  if (BELOW_PLAN.test(after))
    return computed(
      e,
      e.value / (1 - p / 100),
      percent.entry,
      `${e.written} ÷ (100% − ${percent.entry.written})`,
    );
  return undefined;
}

/**
 * "The province planned to issue 1.2 billion Yuan … it had issued 1.02 billion Yuan, 85% of the
 * annual plan": the plan a share implies is the planned figure of the section that the share agrees
 * with, when the report states one; it is cited as stated instead of worked out.
 */
// A count whose noun the reader did not find ("The number of villages … reached 1,250": the noun is
// in the subject, far before the figure) has the measure of the stated plan its share agrees with:
// the share, exact to its rounding, ties the two, as a shared unit does elsewhere.
const nounless = (e: NumericEntry) => e.kind === "count" && e.unit === "items";
function planStatedInSection(
  e: NumericEntry,
  at: number,
  percent: NumericEntry,
  index: SearchIndex,
): PlanOf | undefined {
  const { entries } = index.kb;
  const [start, end] = sectionSpan(index, at);
  for (let i = start; i < end; i++) {
    const x = entries[i]!;
    if (
      i !== at &&
      isNumeric(x) &&
      x.kind === e.kind &&
      x.year === e.year &&
      (sameMeasure(index, i, at) || nounless(e)) &&
      (index.entryIsPlan[i] === 1 || statedAsPlan(x)) &&
      shareAgrees(e.value, x.value, percent)
    )
      return {
        value: x.value,
        unit: e.unit,
        stated: x,
        percent,
        arithmetic: `${e.written} ÷ ${percent.written} = ${formatValue(x.value, e.unit)}`,
      };
  }
  return undefined;
}

// Words right before a figure that make it a plan: "against a plan of 13,500 households", "of the
// annual plan (200,000 people)", "the target was 95%".
// "the planned task of N households": a plan noun after "planned" or "scheduled" names the plan too.
const PLAN_BEFORE =
  /\b(?:a|the|its|their)\s+(?:annual\s+|yearly\s+|original\s+)?(?:(?:planned|scheduled)\s+(?:task|target|number|goal|quota)|plan|target|scheduled task|task|goal|quota)\s*(?:of|was|is|:)?\s*\(?\s*$/i;
/** A figure the words just before it give as a plan, whatever its label says. */
/**
 * A percentage the report writes as a share of a plan or a margin beyond or short of it ("fulfilling
 * 112.3% of the annual task", "17% beyond the scheduled task"): no share of a whole.
 */
export function writtenAsShareOfPlan(e: Entry): boolean {
  if (e.kind !== "percent") return false;
  const at = findWritten(e);
  if (at < 0) return false;
  const after = e.sentence.slice(at + e.written.length);
  return SHARE_OF_PLAN.test(after) || BEYOND_PLAN.test(after) || BELOW_PLAN.test(after);
}

export function statedAsPlan(e: Entry): boolean {
  const at = findWritten(e);
  return at > 0 && PLAN_BEFORE.test(e.sentence.slice(Math.max(0, at - 40), at));
}

/**
 * Whether result ÷ plan is the stated percentage, to the precision it is written in (a full unit of
 * its last digit, for reports that round loosely): "206300 people, 103% of the plan (200,000)" agrees.
 */
export function shareAgrees(result: number, plan: number, percent: NumericEntry): boolean {
  if (plan <= 0) return false;
  const decimals = /\.(\d+)/.exec(percent.written)?.[1]?.length ?? 0;
  return Math.abs((result / plan) * 100 - percent.value) <= 10 ** -decimals + 1e-9;
}

// A stated plan another figure of the section already has, by its own share of it ("planned to
// issue 1.5 billion Yuan of small loans … issued 1.248 billion Yuan, 83.2% of the annual plan"): it is
// that figure's plan, not the plan of every figure of the same unit there (the discount funds).
function claimedByAnother(plan: NumericEntry, e: NumericEntry, start: number, index: SearchIndex): boolean {
  const { entries } = index.kb;
  for (let i = start; entries[i]?.report === e.report && entries[i]?.section === e.section; i++) {
    const y = entries[i]!;
    if (y === e || y === plan || !isNumeric(y) || y.kind === "percent") continue;
    const own = planFromShare(y, i, index);
    if (own && (own.stated === plan || (own.percent && shareAgrees(y.value, plan.value, own.percent))))
      return true;
  }
  return false;
}

/**
 * The result a stated plan is the plan of: the figure of the plan's section whose own plan it is,
 * stated ("against a plan of N") or given by the result's share of it ("1.02 billion Yuan, 85% of
 * the annual plan" for a plan of 1.2 billion). A question may name the plan in the words the report
 * uses for it ("small loans planned to issue") while the result's own words name no more than
 * "funds issued". The plan comes back as stated, with the share the report writes when it does.
 */
export function resultOf(
  plan: NumericEntry,
  at: number,
  index: SearchIndex,
): { result: NumericEntry; at: number; plan: PlanOf } | undefined {
  const { entries } = index.kb;
  const [start, end] = sectionSpan(index, at);
  for (let i = start; i < end; i++) {
    const y = entries[i]!;
    if (
      y === plan ||
      !isNumeric(y) ||
      y.kind === "percent" ||
      index.entryIsPlan[i] === 1 ||
      y.year !== plan.year
    )
      continue;
    if (!sameMeasure(index, i, at)) continue;
    const own = planOf(y, i, index);
    if (!own) continue;
    if (own.stated?.id === plan.id) return { result: y, at: i, plan: own };
    if (!own.stated && own.percent && shareAgrees(y.value, plan.value, own.percent))
      return {
        result: y,
        at: i,
        plan: { value: plan.value, unit: plan.unit, stated: plan, percent: own.percent },
      };
  }
  return undefined;
}

// The plans among ranked figures a question's words found, that many at most, are followed to their results.
const PLANS_FOLLOWED = 2;

/**
 * The results of the best-ranked plans among `ranked` (figures as ranked for a question), each with
 * its plan; the ranked entry is moved to the result (its position and figure), so what it covers is
 * the result's and the plan's together.
 */
export function resultsOfPlans<R extends { entry: Entry; index: number }>(
  ranked: R[],
  index: SearchIndex,
): { r: R; result: NumericEntry; plan: PlanOf }[] {
  return ranked
    .filter((r) => isNumeric(r.entry) && (index.entryIsPlan[r.index] === 1 || statedAsPlan(r.entry)))
    .slice(0, PLANS_FOLLOWED)
    .flatMap((r) => {
      const found = resultOf(r.entry as NumericEntry, r.index, index);
      return found && found.plan.value !== 0
        ? [{ r: { ...r, entry: found.result, index: found.at }, result: found.result, plan: found.plan }]
        : [];
    });
}

function computed(e: NumericEntry, value: number, percent: NumericEntry, how: string): PlanOf {
  return { value, unit: e.unit, percent, arithmetic: `${how} = ${formatValue(value, e.unit)}` };
}

// The percentage that speaks of figure `mine`: the next figure if it is a percentage close by, or,
// after "respectively", the one in the same position as the figure among the figures before them.
function percentFor(placed: Placed[], mine: number): { percent: Placed; tailAt: number } | undefined {
  let j = mine + 1;
  while (j < placed.length && placed[j]!.entry.kind !== "percent") j++;
  const first = placed[j];
  if (!first) return undefined;
  const sentence = first.entry.sentence;
  let stopAt = j;
  while (stopAt < placed.length && placed[stopAt]!.entry.kind === "percent") stopAt++;
  // "respectively" may also close the list: "N households and M people …, accounting for P% and
  // Q% of the plan respectively". It pairs only a run of several percentages, with as many figures.
  // A bracket after the percentages ("… of the plan (N households and M people) respectively") is
  // an aside: the "respectively" after it closes the percentages' list all the same.
  const closing =
    stopAt - j >= 2 &&
    (RESPECTIVELY_AFTER.test(
      sentence.slice(placed[stopAt - 1]!.end, placed[stopAt]?.at ?? sentence.length),
    ) ||
      RESPECTIVELY_AFTER.test(sentence.slice(placed[stopAt - 1]!.end).replace(/\s*\([^()]*\)/g, "")));
  if (closing || RESPECTIVELY_BETWEEN.test(sentence.slice(placed[j - 1]!.end, first.at))) {
    let start = j - 1;
    while (start > 0 && placed[start - 1]!.entry.kind !== "percent") start--;
    const percents = placed.slice(j, stopAt);
    const run = listedRun(sentence, placed.slice(start, j), percents.length);
    const k = run.indexOf(placed[mine]!);
    // What the percentages are of is said after the last of them ("… and 12.53% beyond the task").
    return k >= 0 ? { percent: percents[k]!, tailAt: percents.at(-1)!.end } : undefined;
  }
  const gap = sentence.slice(placed[mine]!.end, first.at);
  // "helped 1.12 million people raise their income above the new line, fulfilling 109.3% of the
  // annual task": a participle of fulfilment after the clause's only figure ties the share to it
  // across a longer clause.
  const reach = FULFILLING_BEFORE.test(gap) ? FULFILLING_GAP : MAX_GAP_TO_PERCENT;
  return j === mine + 1 && gap.length < reach ? { percent: first, tailAt: first.end } : undefined;
}
/**
 * The figures a list of `length` percentages pairs with: the last `length` figures before them that
 * are written as one list, parted only by commas and "and" ("32,560 households and 128,800 people in
 * 46 counties": the place's figure is no item); the last `length` figures when none are.
 */
function listedRun(sentence: string, before: Placed[], length: number): Placed[] {
  const joined = (a: Placed, b: Placed) => LIST_JOINER.test(sentence.slice(a.end, b.at));
  for (let end = before.length; end >= length; end--) {
    const run = before.slice(end - length, end);
    if (run.every((x, k) => k === 0 || joined(run[k - 1]!, x))) return run;
  }
  return before.slice(-length);
}
// Also written as a relative clause ("…, which realised 94.3% of the annual plan") and in British
// spelling ("realising").
const FULFILLING_BEFORE =
  /,\s*(?:(?:fulfilling|completing|accomplishing|achieving|overfulfilling|reali[sz]ing)|(?:which|that)\s+(?:(?:has|had)\s+)?(?:fulfilled|completed|accomplished|achieved|overfulfilled|reali[sz]ed))\s+$/i;
const FULFILLING_GAP = 2 * MAX_GAP_TO_PERCENT;

/** A stated change on the previous year for a figure: a percentage or an amount in its sentence. */
export function changeOf(e: NumericEntry, at: number, index: SearchIndex): ChangeOf | undefined {
  const own = changesIn(placedInSentence(e, at, index), e);
  if (own) return own;
  const total = isTotalOfItsSentence(e);
  // "In 2012, a total of 6.842 billion Yuan … of which …. The total was 1.206 billion Yuan more than
  // the previous year, up 21.4%": the next sentence of the section goes on about the total.
  // "…, N Yuan was provincial funds, …. The provincial funds rose by M Yuan over the previous
  // year": a next sentence whose subject is the figure's own label goes on about that figure.
  const { entries } = index.kb;
  for (let i = at + 1; i < Math.min(entries.length, at + 2 * SENTENCE_WINDOW); i++) {
    const x = entries[i]!;
    if (x.report !== e.report || x.section !== e.section) return undefined;
    if (x.sentence === e.sentence) continue;
    const goesOn = (total && TOTAL_GOES_ON.test(x.sentence)) || opensOnLabel(x.sentence, e.label);
    return goesOn && isNumeric(x) ? changesIn(placedInSentence(x, i, index)) : undefined;
  }
  return undefined;
}

/** Whether `sentence` opens on "The <label>" followed by its verb: the label's thing is its subject. */
function opensOnLabel(sentence: string, label: string): boolean {
  const words = labelWithoutUnit(label).trim();
  // A label of one word ("Funds") names no one figure.
  if (!/\s/.test(words)) return false;
  return sentence.trimStart().toLowerCase().startsWith(`the ${words.toLowerCase()} `);
}
// A sentence that opens on the total of the one before it.
const TOTAL_GOES_ON =
  /^\s*(?:the|this|that)\s+(?:total|overall|whole)(?:\s+(?:amount|investment|funds?|sum))?\s+(?:was|were|is|rose|grew|increased)\b/i;
// A figure the report writes as the total of its sentence: "a total of N", "N in total".
const TOTAL_WRITTEN_BEFORE = /\b(?:a total of|totall?ing|totall?ed)\s+$/i;
function isTotalOfItsSentence(e: NumericEntry): boolean {
  const where = findWritten(e);
  return where >= 0 && TOTAL_WRITTEN_BEFORE.test(e.sentence.slice(Math.max(0, where - 20), where));
}

/**
 * The stated changes on the previous year among a sentence's figures; with `of`, only those that
 * speak of that figure (change-owner.ts: a change written before a list of parts is not theirs).
 */
function changesIn(placed: Placed[], of?: NumericEntry): ChangeOf | undefined {
  const figures: (WrittenFigure & { down: boolean })[] = placed.map((p) => {
    const before = p.entry.sentence.slice(Math.max(0, p.at - CHANGE_WORDS_BEFORE), p.at);
    const after = p.entry.sentence.slice(p.end, p.end + 40);
    const moreThan = MORE_THAN_BEFORE.exec(after);
    // "RMB 182 million …, 21.3% more than in 2012": a percentage written the same way is the rate of
    // that change (as "up 21.3% over the previous year" is), its direction the comparison's.
    if (moreThan) return { ...p, change: true, down: !moreThan[1] };
    if (isTimesChange(p.entry) && TIMES_THE_PREVIOUS.test(after))
      return { ...p, change: true, down: p.entry.value < 1 };
    const up = UP_BEFORE.test(before) || INCREASED_BY.test(before);
    const down = DOWN_BEFORE.test(before) || REDUCED_BY.test(before);
    const change =
      (up || down) &&
      (OVER_PREVIOUS.test(after) ||
        overYearBefore(after, p.entry.year) ||
        p.entry.kind === "percent" ||
        /previous year|last year/i.test(p.entry.sentence) ||
        LEVEL_REACHED.test(p.entry.sentence));
    return { ...p, change, down: change && down };
  });
  // "up 12.6% and 8.5% respectively": a figure listed after a change, of its kind, in a run that
  // "respectively" closes, is one too.
  for (let i = 1; i < figures.length; i++) {
    const [a, b] = [figures[i - 1]!, figures[i]!];
    const sentence = b.entry.sentence;
    if (
      a.change &&
      !b.change &&
      a.entry.kind === b.entry.kind &&
      LISTED_WITH.test(sentence.slice(a.end, b.at)) &&
      RESPECTIVELY_AFTER.test(sentence.slice(b.end, figures[i + 1]?.at ?? sentence.length))
    )
      figures[i] = { ...b, change: true, down: a.down };
  }
  const mine = of ? figures.findIndex((x) => x.entry === of) : -1;
  // A change itself: the changes written with it ("increased by 160 million Yuan …, up 33.3%").
  if (mine >= 0 && figures[mine]!.change) {
    const run = figures.slice(...changeRun(figures, mine));
    return { changes: run.map((x) => x.entry), direction: run.some((x) => x.down) ? "down" : "up" };
  }
  const changes: NumericEntry[] = [];
  let direction: ChangeOf["direction"] = "up";
  figures.forEach((x, i) => {
    if (!x.change || (mine >= 0 && !speaksOf(figures, i, mine))) return;
    changes.push(x.entry);
    if (x.down) direction = "down";
  });
  return changes.length > 0 ? { changes, direction } : undefined;
}
// "reduced its rural poor population by 1.126 million", "increased its special anti-poverty funds by
// 160 million Yuan": the verb, a few words of its object, then "by".
const REDUCED_BY = /\b(?:reduc(?:ed|ing)|cut|decreas(?:ed|ing))\s+(?:[\w-]+\s+){0,5}by\s+$/i;
const INCREASED_BY = /\b(?:increas(?:ed|ing)|expand(?:ed|ing))\s+(?:[\w-]+\s+){1,5}by\s+$/i;
const CHANGE_WORDS_BEFORE = 50;
// "an increase of 612 over 2012" in a 2013 figure: the year named is the year before, as "over the
// previous year" says.
const OVER_YEAR = /^\s*(?:over|than|compared with|from)\s+(?:that of\s+|the level of\s+)?(\d{4})\b/i;
const overYearBefore = (after: string, year: number | null) =>
  year !== null && Number(OVER_YEAR.exec(after)?.[1]) === year - 1;
const LISTED_WITH = /^\s*(?:,\s*)?(?:and\s+)?$/;
// "… and the number of rural poor people fell to 5.42 million": a level the year's change led to
// makes a change of the sentence one over the year, whether or not it says "previous year".
const LEVEL_REACHED = /\b(?:fell|dropped|decreased|declined|rose|increased|grew)\s+to\s+\d/i;

/**
 * The whole a figure is given as part of, written "A of the B" ("239 of the 251 project villages"),
 * or "B …, of which A" ("received 376 complaints during the year, of which 362 were settled").
 */
export function wholeOf(e: NumericEntry, at: number, index: SearchIndex): NumericEntry | undefined {
  const placed = placedInSentence(e, at, index);
  const mine = placed.findIndex((p) => p.entry === e);
  // "of which" may give all of the whole ("40 letters, of which 40 were answered"); "A of the B" never does.
  const whole = (p: Placed | undefined, orAll: boolean) =>
    !!p && p.entry.kind === e.kind && (p.entry.value > e.value || (orAll && p.entry.value === e.value));
  const next = placed[mine + 1];
  if (
    whole(next, false) &&
    /^\s*of\s+(?:the\s+|all\s+|its\s+)?$/i.test(e.sentence.slice(placed[mine]!.end, next!.at))
  )
    return next!.entry;
  const previous = placed[mine - 1];
  if (!previous || !OF_WHICH_BETWEEN.test(e.sentence.slice(previous.end, placed[mine]!.at))) return undefined;
  // "relocated N households, …the annual plan (M households), of which K households …": the parts
  // are of what was done, never of the plan it was measured against.
  const plan = (p: Placed) => index.entryIsPlan[p.pos] === 1 || statedAsPlan(p.entry);
  if (whole(previous, true) && !plan(previous)) return previous.entry;
  // "420 poor villages in 36 counties …, of which 85 villages": a figure of another measure between
  // the whole and "of which" says where the whole is; the parts are of the nearest figure before it
  // that measures what they do, in the same clause.
  if (!plan(previous) && sameMeasure(index, previous.pos, placed[mine]!.pos)) return undefined;
  for (let i = mine - 2; i >= 0; i--) {
    const p = placed[i]!;
    if (!SAME_CLAUSE.test(e.sentence.slice(p.end, previous.at))) return undefined;
    if (plan(p)) continue;
    if (sameMeasure(index, p.pos, placed[mine]!.pos)) return whole(p, true) ? p.entry : undefined;
  }
  return undefined;
}
// Text within one clause: no semicolon and no full stop (a full stop inside a number ends none).
const SAME_CLAUSE = /^(?:[^;.]|\.(?=\d)){0,80}$/;
/**
 * Whether the report writes `part` as one of the parts of `whole` in one sentence: "A of the B", or
 * "B …, of which A, C and D" (any figure of the list after "of which", not only the first), in the
 * same unit and smaller. Read from the sentence, so a report nobody annotated has its breakdowns too.
 */
export function writtenAsPartOf(part: NumericEntry, whole: NumericEntry): boolean {
  if (
    part.sentence !== whole.sentence ||
    part.report !== whole.report ||
    part.kind !== whole.kind ||
    part.unit !== whole.unit ||
    part.value >= whole.value
  )
    return false;
  const p = findWritten(part);
  const w = findWritten(whole);
  if (p < 0 || w < 0) return false;
  if (p < w)
    return /^\s*of\s+(?:the\s+|all\s+|its\s+)?$/i.test(part.sentence.slice(p + part.written.length, w));
  return OF_WHICH_LIST.test(
    part.sentence.slice(w + whole.written.length, p).replace(SHARE_OF_PLAN_PHRASE, ""),
  );
}
// "trained 168,400 person-times, fulfilling 112.3% of the annual task of 150,000 person-times, of
// which …": a result's share of its plan, written between the result and its list, is no part of
// the list's lead; the parts are the result's.
const SHARE_OF_PLAN_PHRASE =
  /,?\s*(?:fulfilling|completing|accomplishing|achieving|reaching|accounting for)\s+[\d.]+\s*(?:%|percent)\s+of\s+[^,;]*/i;
// From a whole to a part in its list: the whole's own words, ", of which" (or "of whom", "including",
// "among them", or the list in brackets: "(of which …)"), then the list, in one clause.
// A full stop inside a number ("104.5%") ends no clause.
// A list in brackets ends at its closing bracket: a figure after it is the whole's sibling.
const OF_WHICH_LIST =
  /^(?:[^;.]|\.(?=\d)){0,60}(?:,?\s+(?:of which|of whom|including|among them|among which)\s[^;]*|\s*\(\s*(?:of which|of whom|including|among them|among which)\s[^;)]*)$/i;

// Between a whole and the first part after it: the whole's own words, then ", of which" (one clause),
// and the part's own name when it is written before its figure ("412 million yuan, of which central
// and provincial subsidies were 128 million yuan"; "of which: financial funds 486 million").
const OF_WHICH_BETWEEN =
  /^[^;.]{0,60}(?:,?\s+of (?:which|whom)\b:?(?:\s+[^;.\d]{1,60})?|\s*\(\s*of (?:which|whom)\b:?(?:\s+[^;.\d)]{1,60})?)\s+$/i;

// Two figures measure the same thing: the same unit, or counts of the same noun whatever adjectives
// their units carry ("poor villages" and "villages").
function sameMeasure(index: SearchIndex, a: number, b: number): boolean {
  const x = index.kb.entries[a]!;
  const y = index.kb.entries[b]!;
  if (x.unit === y.unit) return true;
  return (
    x.kind === "count" &&
    y.kind === "count" &&
    index.entryUnit[a] !== undefined &&
    index.entryUnit[a] === index.entryUnit[b]
  );
}
