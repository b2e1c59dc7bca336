// Figures the report implies but does not state: shares of a total, averages per household or
// person, sums and differences. Every input is an entry, so every input is cited.
import { changedFrom } from "./raised-from.js";
import { writtenAt } from "../knowledge/written-at.js";
import { exitsOfYearEndLevel } from "./poverty-exit.js";
import { YEAR } from "../text/years.js";
import { FALL_VERB } from "./year-change.js";
import { borrowsOtherSide, yearOfSide, yearsIn } from "./sides.js";
import { escapeRegExp } from "../util/regexp.js";
import type { Entry, NumericEntry } from "../knowledge/schema.js";
import { isNumeric } from "../knowledge/schema.js";
import { formatRounded, formatValue } from "../knowledge/figures.js";
import { countUnitIn, sameCountedUnit, singularUnit } from "../knowledge/units.js";
import { type PerUnitPair, perUnitPair } from "./per-unit-total.js";
import {
  aloneInItsSentence,
  growthNamedFor,
  isNamedChange,
  levelOfNamedChange,
  nameOfChange,
  namedChangeWords,
} from "./named-change.js";
import {
  changeOf,
  findWritten,
  isTimesChange,
  planOf,
  resultsOfPlans,
  SENTENCE_WINDOW,
  statedAsPlan,
  wholeOf,
  writtenAsPartOf,
  type PlanOf,
} from "./relations.js";
import {
  MIN_COVERAGE,
  queryTerms,
  rankEntries,
  scoreEntries,
  unionCoverage,
  type RankedEntry,
  type Scoring,
} from "./rank.js";
import { PLAN_WORDS, sectionSpan, termsOf, type SearchIndex } from "./search-index.js";
import { namesSideOwnTerm } from "./side-own-words.js";
import { SHARE_SIDES } from "./share-sides.js";
import { contentWords, lowerFirst, QUANTITY_NOUNS, stem } from "../text/words.js";
import type { Derivation, Question } from "./understand.js";
import { negatedPartFirst } from "./negated-part.js";
import { isStated } from "./stated.js";
import { sumOfListed } from "./listed-sum.js";
import { listedTogether } from "./listed-siblings.js";
import { yearPairWeigh } from "./year-pairs.js";
import { wholeOverPart, writtenTotalBefore } from "./average-whole.js";
import { countOfOwnClause } from "./own-count.js";
import { countsOnlyNamedPlaces } from "./divisor-place.js";
import { amountOfNamedHead } from "./amount-head.js";
import { ownPartOfClause } from "./figure-clause.js";
import { groupSides } from "./groups.js";
import { jointWhereAlone } from "./alone.js";
import { oneOfAKind, ratePerUnits } from "./rate-sides.js";
import { namesOfSide, writesSideName } from "./side-names.js";
import { fitsInsideOutside } from "./inside-outside.js";
import { oneCountLeavesItsNoun } from "./bare-count.js";
import { AMONG_OPENING, wholeByStatedRate, wholeInOpening } from "./complement-whole.js";

export type Derived = {
  value: number;
  unit: string;
  figure: string;
  label: string;
  arithmetic: string;
  inputs: NumericEntry[];
  coverage: number;
};

const CANDIDATES = 4;

export function derive(q: Question, index: SearchIndex, scoring: Scoring): Derived | undefined {
  const d = q.derivation;
  if (!d) return undefined;
  switch (d.type) {
    case "share":
      return d.ofPlan ? shareOfPlan(q, index, scoring) : share(q, index, scoring);
    case "average":
      return average(q, index, scoring, d.perUnit);
    case "difference":
      return combine(q, index, scoring, d);
    case "sum":
      return d.more ? sumOfListed(q, index, scoring) : combine(q, index, scoring, d);
    case "ratio":
      return ratio(q, index, scoring, d.per, d.times === true);
    case "plan":
      return impliedPlan(q, index, scoring);
    case "versus-plan":
      return versusPlan(q, index, scoring, d.sign, d.remaining === true);
    case "total":
      return totalOf(q, index, scoring);
    case "complement":
      return complementOf(q, index, scoring);
    case "growth":
      return growthOf(q, index, scoring);
    case "previous-year":
      return d.year === undefined ? undefined : workedBack(q, index, d.year);
  }
}

// Results (not plans, not percentages) best first.
const results = (q: Question, index: SearchIndex, scoring: Scoring) =>
  rankEntries(q, index, scoring, (e) => isNumeric(e) && e.kind !== "percent").filter(
    (r) => index.entryIsPlan[r.index] !== 1,
  );

/** The amount given for each of a count times the count, both cited. */
function perUnitTotal(pair: PerUnitPair, top: RankedEntry, index: SearchIndex, scoring: Scoring): Derived {
  const { amount, count } = pair;
  const value = amount.value * count.value;
  const label = pair.perPhrase
    ? amount.label.replace(pair.perPhrase, "").replace(/\s+/g, " ").trim()
    : amount.label;
  return {
    value: round(value, 2),
    unit: amount.unit,
    figure: formatValue(value, amount.unit),
    label: `${label}, for all ${lowerFirst(count.label)}`,
    arithmetic: `${amount.written} × ${count.written} = ${formatValue(value, amount.unit)}`,
    inputs: [amount, count],
    // What the two match together: the count names who got the amount.
    coverage: unionCoverage(scoring, [
      top.index,
      positionNear(index, amount === top.entry ? count : amount, top.index),
    ]),
  };
}

// How far down the list an amount given per person may be, when the best figure gives no total.
const PER_UNIT_CANDIDATES = 12;
// Coverages are sums of shares: equal ones may differ in the last bits.
const COVERAGE_EPSILON = 1e-6;
/**
 * "The province paid the premiums of 1.49 million poor people at a standard of 60 yuan per person":
 * the amount per person is labelled with few of the words the question matches in its sentence
 * ("standard paid per person"), so it ranks below figures of other things. When the best figure is
 * given for no count and has nothing to be added to, an amount further down that is given for each
 * of a count, matches the question at least as well as the best figure, and covers more of it
 * with its count, is the total's, unless the best figure names what is totalled.
 */
function perUnitBelow(
  q: Question,
  ranked: RankedEntry[],
  top: RankedEntry,
  index: SearchIndex,
  scoring: Scoring,
): Derived | undefined {
  // A best figure that names what is totalled ("the mutual funds' capital") is the answer itself.
  if (namesTheHead(q, top.entry)) return undefined;
  for (const r of ranked.slice(0, PER_UNIT_CANDIDATES)) {
    if (r === top || r.coverage < top.coverage - COVERAGE_EPSILON || isTotal(r.entry)) continue;
    const pair = perUnitPair(r.entry as NumericEntry, r.index, index, q.kinds[0] === "count");
    if (!pair || pair.amount !== r.entry) continue;
    const total = perUnitTotal(pair, r, index, scoring);
    if (total.coverage > top.coverage + COVERAGE_EPSILON) return total;
  }
  return undefined;
}

/**
 * A total the report does not state: a figure given per household times the households it is
 * given for ("2500 Yuan per household … 21,000 households"), or figures listed item by item for
 * the same thing ("covered 44 villages" … "involved 40 villages") added up. A stated total wins.
 */
function totalOf(q: Question, index: SearchIndex, scoring: Scoring): Derived | undefined {
  const groups = totalOfBothGroups(q, index, scoring);
  if (groups) return groups;
  const ranked = results(q, index, scoring);
  // A stated total of what the question measures is the total asked for; a total of something else
  // that happens to match as well (the loans issued, when the income they brought is asked) is not.
  const first = ranked.slice(0, CANDIDATES).find((r) => !isTotal(r.entry) || namesTheHead(q, r.entry));
  // "How much do the teachers' bonuses come to": a figure that names no word of what is totalled
  // (the funds of another programme) gives way to one that does and is given for each of a count
  // ("hired 2,000 teachers, each with a bonus of 3,000 Yuan").
  const top =
    first && !namesTheHead(q, first.entry)
      ? (ranked
          .slice(0, CANDIDATES)
          .find(
            (r) =>
              namesTheHead(q, r.entry) &&
              perUnitPair(r.entry as NumericEntry, r.index, index, q.kinds[0] === "count"),
          ) ?? first)
      : first;
  if (!top || TOTAL_LABEL.test(top.entry.label)) return undefined;
  const e = top.entry as NumericEntry;
  // A figure the report itself writes as a total ("trained a total of N people") is the total asked
  // for: the figures near it count other things, and adding them would give a wrong figure.
  if (writtenAsTotal(e)) return undefined;
  // An amount given for each of the things counted with it, or the count such an amount is given for.
  const pair = perUnitPair(e, top.index, index, q.kinds[0] === "count");
  if (pair) return perUnitTotal(pair, top, index, scoring);
  // Peers: the same unit in the same section, described as the same thing once the names of their
  // items are set aside, and matching the question nearly as well.
  const described = new Set(kindOfThing(e.label));
  const peers = ranked.filter(
    (r) =>
      (r.entry as NumericEntry).unit === e.unit &&
      r.entry.section === e.section &&
      !isRate(r.entry) &&
      sharedShare(described, kindOfThing(r.entry.label)) >= PEER_LABEL_OVERLAP &&
      sameThing(e.label, r.entry.label) &&
      r.coverage >= top.coverage - PEER_COVERAGE_GAP,
  );
  if (
    peers.length < 2 ||
    peers.some((p) => TOTAL_LABEL.test(p.entry.label) || index.groupsByTotal.has(p.entry.id)) ||
    // "trained 271,700 people, of which 118,300 …": a part of a peer is never a peer to add to it,
    // whether or not the report's groups were read.
    peers.some((p) => peers.some((o) => writtenAsPartOf(o.entry as NumericEntry, p.entry as NumericEntry)))
  )
    return perUnitBelow(q, ranked, top, index, scoring);
  const inputs = peers.map((p) => p.entry as NumericEntry);
  const value = inputs.reduce((sum, x) => sum + x.value, 0);
  return {
    value: round(value, 6),
    unit: e.unit,
    figure: formatValue(value, e.unit),
    label: `${inputs.map((x) => lowerFirst(x.label)).join(" plus ")}`.replace(/^./, (c) => c.toUpperCase()),
    arithmetic: `${inputs.map((x) => x.written).join(" + ")} = ${formatValue(value, e.unit)}`,
    inputs,
    coverage: unionCoverage(
      scoring,
      peers.map((p) => p.index),
    ),
  };
}
// "over its two rounds", "across both phases": the groups a report announces ("launched in two
// batches") and then gives one sentence each, taken together.
const BOTH_GROUPS =
  /\b(?:(?:the|its|their)\s+two|both(?:\s+(?:the|its|their))?)\s+(?:[a-z-]+\s+){0,2}?(?:batch(?:es)?|phases?|rounds?|stages?|tranches?)\b/;

/**
 * A total asked over "both phases": the sum of each group's figure of the kind asked, found the
 * way a comparison of the first and second batch finds them (groups.ts), when the report gives
 * exactly two. No single figure names both groups, so no figure's words hold the question's.
 */
function totalOfBothGroups(q: Question, index: SearchIndex, scoring: Scoring): Derived | undefined {
  if (!BOTH_GROUPS.test(q.english)) return undefined;
  const kind = q.kinds[0];
  const sides = groupSides(q, index, [1, 2], (e) => kind === undefined || e.kind === kind, true);
  if (!sides) return undefined;
  const inputs = [sides.left.entry, sides.right.entry] as NumericEntry[];
  if (
    q.countUnit &&
    inputs.some((x, i) => (index.entryUnit[[sides.left, sides.right][i]!.index] ?? x.unit) !== q.countUnit)
  )
    return undefined;
  const value = inputs[0]!.value + inputs[1]!.value;
  const unit = inputs[0]!.unit;
  return {
    value: round(value, 6),
    unit,
    figure: formatValue(value, unit),
    label: `${inputs.map((x) => lowerFirst(x.label)).join(" plus ")}`.replace(/^./, (c) => c.toUpperCase()),
    arithmetic: `${inputs.map((x) => x.written).join(" + ")} = ${formatValue(value, unit)}`,
    inputs,
    coverage: unionCoverage(scoring, [sides.left.index, sides.right.index]),
  };
}

// Items listed for the same thing share most of their description, and match the question almost
// as well as each other (parallel sentences about two items often differ only in their verb).
const PEER_LABEL_OVERLAP = 0.5;
const PEER_COVERAGE_GAP = 0.25;
/** What a label says the figure is, without the names of the item it is for (quoted or in brackets). */
const kindOfThing = (label: string) => termsOf(label.replace(/“[^”]*”|"[^"]*"|\([^)]*\)/g, " "));
/** Share of the smaller set of terms that the other set has too. */
function sharedShare(a: Set<string>, b: string[]): number {
  const bs = new Set(b);
  const common = [...bs].filter((t) => a.has(t)).length;
  return common / Math.max(1, Math.min(a.size, bs.size));
}
// "Funds of various kinds", "of all kinds": every kind at once, the whole the kinds are parts of.
const TOTAL_LABEL = /\b(total|in all|altogether|combined|of (?:various|all) kinds)\b/i;
const isTotal = (e: Entry) => TOTAL_LABEL.test(e.label) || (isNumeric(e) && writtenAsTotal(e));
// Words that say only that a figure is an amount of money: every money figure is some "funds".
const AMOUNT_WORDS = new Set(termsOf("money funds fund cash capital yuan sum total amount value"));
// "What's the total income gain?": with no head read, the words after "total" name what is totalled.
const AFTER_TOTAL = /\btotal\s+((?:[a-z-]+\s*){1,3})/;
// "How much do the X … add up to": the subject of "add up" is what is totalled.
const ADDED_UP =
  /\bhow much (?:do|does|did) (?:the |all the )?((?:[a-z-]+ ){0,3}[a-z-]+)\b(?=[^?]*\b(?:add(?:ed)? up|come to|amount to|sum to)\b)/;
/** Whether a figure's label names what the question measures (its head's nouns); a question with no head names anything. */
function namesTheHead(q: Question, e: Entry): boolean {
  const words =
    q.head.length > 0
      ? q.head
      : ((AFTER_TOTAL.exec(q.clause) ?? ADDED_UP.exec(q.clause))?.[1]?.split(/\s+/) ?? []);
  const head = termsOf(words.filter((w) => !QUANTITY_NOUNS.includes(w)).join(" ")).filter(
    (t) => !AMOUNT_WORDS.has(t),
  );
  if (head.length === 0) return true;
  const label = new Set(termsOf(e.label));
  return head.some((t) => label.has(t));
}
// "a total of N", "totalling N", "N in total": the report's own words make the figure a total.
const TOTAL_BEFORE = /\b(?:a total of|total(?:l)?ing|altogether|in all|in total)\s+$/i;
const TOTAL_AFTER = /^\s*(?:in total|in all|altogether)\b/i;
function writtenAsTotal(e: NumericEntry): boolean {
  const at = writtenAt(e.sentence, e.written);
  return (
    at >= 0 &&
    (TOTAL_BEFORE.test(e.sentence.slice(Math.max(0, at - 30), at)) ||
      TOTAL_AFTER.test(e.sentence.slice(at + e.written.length)))
  );
}
// A label's head: what the figure counts, before the first verb form or preposition ("Village
// roads | built by …", "People | trained by …"); its last word is the noun it counts.
const HEAD_END =
  /\s(?:by|in|of|for|from|with|to|under|through|at|on|as|per|[a-z]+ed|built|given|made|done|paid|spent|sent|dug|held|taken)\b/i;
const headNoun = (label: string) =>
  termsOf(label.slice(0, HEAD_END.exec(label)?.index ?? label.length).replace(/\([^)]*\)/g, " ")).at(-1);
/**
 * Items added up are the same kind of thing: the same head noun ("villages" covered here and
 * involved there), not roads and canals because both were built by the same programme.
 */
const sameThing = (a: string, b: string) => headNoun(a) !== undefined && headNoun(a) === headNoun(b);
/** "How many … not …": the whole minus the part, from "A of the B". */
function complementOf(q: Question, index: SearchIndex, scoring: Scoring): Derived | undefined {
  // "How many of the trainees did not find jobs?": the part is the figure of those who did.
  const ranked = negatedPartFirst(q.english, results(q, index, scoring));
  for (const r of ranked.slice(0, CANDIDATES)) {
    const part = r.entry as NumericEntry;
    // "How much did the county alone give, not counting the city?": a part that is the one singled
    // out together with another ("the county and city governments") takes the one asked out with it;
    // the whole less it is everyone else's money, never the one's own.
    if (jointWhereAlone(q.english, `${part.label} ${part.context}`)) continue;
    const whole =
      wholeOf(part, r.index, index) ??
      wholeInOpening(part, r.index, index) ??
      wholeAmong(part, r.index, index) ??
      wholeByStatedRate(part, r.index, index);
    if (!whole) continue;
    // The whole's words describe what the rest is of ("the subsidies … not covered by the provincial funds").
    const coverage = unionCoverage(scoring, [r.index, positionNear(index, whole, r.index)]);
    return remainderOf(whole, [part, ...namedListMates(q, part, ranked)], coverage);
  }
  return statedWholeAndPart(q, index, scoring);
}

// "Among the trainees, 92,600 people found jobs": a sentence that opens by naming a group its
// figure is a part of (AMONG_OPENING).
/**
 * The group an "Among the …," sentence takes its part from: the nearest figure before the sentence,
 * in its section, of the part's unit and larger than it, that is no plan ("trained a total of
 * 131,800 people …, including 78,300 …. Among the trainees, 92,600 …": the parts listed between
 * are smaller, and are passed over).
 */
function wholeAmong(part: NumericEntry, at: number, index: SearchIndex): NumericEntry | undefined {
  const opening = AMONG_OPENING.exec(part.sentence);
  if (!opening || writtenAt(part.sentence, part.written) < opening[0].length) return undefined;
  const { entries } = index.kb;
  for (let i = at - 1; i >= Math.max(0, at - 2 * SENTENCE_WINDOW); i--) {
    const e = entries[i]!;
    if (e.report !== part.report || e.section !== part.section) return undefined;
    if (e.sentence === part.sentence || !isNumeric(e) || e.unit !== part.unit) continue;
    if (e.value > part.value && index.entryIsPlan[i] !== 1 && !statedAsPlan(e)) return e;
  }
  return undefined;
}

/**
 * "The pilots had 480 million Yuan in total and the second batch got 210 million. How much was left
 * for the first batch?": a question that gives the whole and one part as two of the report's figures
 * (one unit, one section) asks for the whole minus the part, whatever sentences the report puts them in.
 */
function statedWholeAndPart(q: Question, index: SearchIndex, scoring: Scoring): Derived | undefined {
  if (q.stated.length !== 2) return undefined;
  const given = results(q, index, scoring).filter((r) => isStated(q.stated, r.entry));
  for (const w of given)
    for (const p of given) {
      const whole = w.entry as NumericEntry;
      const part = p.entry as NumericEntry;
      if (
        whole.value > part.value &&
        whole.unit === part.unit &&
        whole.report === part.report &&
        whole.section === part.section &&
        q.stated.every((s) => isStated([s], whole) !== isStated([s], part))
      )
        return remainderOf(whole, part, unionCoverage(scoring, [w.index, p.index]));
    }
  return undefined;
}

/**
 * "Other than Suzhou and Wuxi, how much did the southern cities give?" where the report lists
 * "Suzhou and Wuxi contributed 420 million Yuan and 310 million Yuan respectively": every part the
 * question excepts is taken out of the whole, not only the best-ranked one (which left the other
 * city's money in the remainder, a wrong figure). The other parts are the figures listed beside the
 * part (listed-siblings.ts) whose own words, those their label has beyond the part's, the question
 * names ("Wuxi").
 */
function namedListMates(q: Question, part: NumericEntry, ranked: readonly RankedEntry[]): NumericEntry[] {
  const asked = new Set(termsOf(q.english));
  const own = new Set(termsOf(part.label));
  const mates: NumericEntry[] = [];
  for (const { entry } of ranked) {
    if (!isNumeric(entry) || entry.unit !== part.unit || !listedTogether(part, entry)) continue;
    const distinct = termsOf(entry.label).filter((t) => !own.has(t));
    if (distinct.length > 0 && distinct.every((t) => asked.has(t))) mates.push(entry);
  }
  return mates;
}

/** A whole other than some of its parts: the whole minus the parts, all cited. */
export function remainderOf(
  whole: NumericEntry,
  parts: NumericEntry | readonly NumericEntry[],
  coverage: number,
): Derived {
  const taken = Array.isArray(parts) ? (parts as readonly NumericEntry[]) : [parts as NumericEntry];
  const value = taken.reduce((rest, p) => rest - p.value, whole.value);
  const names = taken.map((p) => lowerFirst(p.label));
  return {
    value,
    unit: whole.unit,
    figure: formatValue(value, whole.unit),
    label: `${whole.label}, other than ${names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names[0]}`,
    arithmetic: `${[whole, ...taken].map((e) => e.written).join(" − ")} = ${formatValue(value, whole.unit)}`,
    inputs: [whole, ...taken],
    coverage,
  };
}

/**
 * The change on the previous year as a percentage, from the figure and the same figure a year
 * earlier: stated beside it ("168,500 people, against 151,800 last year") or elsewhere in its
 * section under the same label, or implied by a stated change in amount ("increased by N over the
 * previous year"). A stated rate is found by the search itself, before this is tried.
 */
// A growth needs a figure with its year before: figures without one are passed over, further down
// the list than other computations look ("trained 168,500 labourers" first, "168,500 people, against
// 151,800 last year" fifth).
const GROWTH_CANDIDATES = 8;
function growthOf(q: Question, index: SearchIndex, scoring: Scoring): Derived | undefined {
  const fallAsked = FALL_VERB.test(q.clause);
  for (const r of results(q, index, scoring).slice(0, GROWTH_CANDIDATES)) {
    const e = r.entry as NumericEntry;
    const sameYearFrom = previousYearOf(e, r.index, index) ? undefined : changedFrom(e, index.kb.entries);
    const before = previousYearOf(e, r.index, index) ?? sameYearFrom;
    const previous = before?.value ?? previousByChange(e, r.index, index);
    if (previous === undefined || previous <= 0) continue;
    const change = ((e.value - previous) / previous) * 100;
    // "By what percentage did X shrink?" asks for the size of a fall: a fall is answered as a positive
    // percentage ("shrank by 15.9%"), never as a negative growth the question did not ask for.
    const fell = change < 0 && fallAsked;
    const value = fell ? -change : change;
    const result = formatValue(value, "%");
    // Either the two years' figures, or the figure and its stated change (the year before is their difference).
    const stated = before ? undefined : amountChangeOf(e, r.index, index);
    const arithmetic = before
      ? fell
        ? `(${before.written} − ${e.written}) ÷ ${before.written} × 100 = ${result}`
        : `(${e.written} − ${before.written}) ÷ ${before.written} × 100 = ${result}`
      : `${change < 0 && !fell ? "−" : ""}${stated!.written} ÷ ${formatValue(previous, e.unit)} × 100 = ${result} (${formatValue(previous, e.unit)}: ${e.written} ${change < 0 ? "+" : "−"} ${stated!.written})`;
    return {
      value: round(value, 2),
      unit: "%",
      figure: result,
      label: `${fell ? "Fall" : "Change"} of ${lowerFirst(e.label)} ${sameYearFrom ? `from ${sameYearFrom.written}` : "on the previous year"}`,
      arithmetic,
      inputs: [e, (before ?? stated)!],
      coverage: r.coverage,
    };
  }
  return undefined;
}

/**
 * A year's figure worked back from the next year's and its stated change: "reached 4,386 Yuan, up
 * 15.2% over the previous year" gives 4,386 ÷ 115.2% for the year before; "an increase of N over
 * the previous year" gives the figure minus N.
 */
/**
 * A stated change whose name the question's words hold whole ("the provincial budget rose 20%" for
 * "how big was the provincial budget the year before") is the change asked about: a rate belongs to
 * the figure its own clause names, so the best-ranked figure ("total funds", up 10% in its own
 * clause) is not worked back with the other's rate nor its own. The change, when the top figure's
 * label does not already hold its name; null when the name fits no figure (no answer: unsure);
 * undefined when no such change.
 */
function changeNamedByQuestion(
  q: Question,
  index: SearchIndex,
  scoring: Scoring,
  next: Question,
  top: Entry | undefined,
  year: number,
): RankedEntry | null | undefined {
  const asked = new Set(termsOf(q.english));
  const names = (e: Entry) => namedChangeWords(e)?.every((t) => asked.has(t)) ?? false;
  const change = rankEntries(
    next,
    index,
    scoring,
    (e) => isNumeric(e) && e.kind === "percent" && names(e),
  ).find(
    // A rate alone in its sentence: one written with its amount of change ("by 160 million Yuan, up
    // 33.3%") is worked back from both where it stands (fromAmountAndRate).
    (r) =>
      r.entry.year === year + 1 &&
      index.entryIsPlan[r.index] !== 1 &&
      aloneInItsSentence(r.entry, r.index, index),
  );
  if (!change || !top) return undefined;
  const what = namedChangeWords(change.entry)!;
  const topWords = new Set(termsOf(top.label));
  if (what.every((t) => topWords.has(t))) return undefined;
  return levelOfNamedChange(change.entry as NumericEntry, change.index, index) ? change : null;
}

function workedBack(q: Question, index: SearchIndex, year: number): Derived | undefined {
  // The figure worked back from is the next year's, whatever year the question names, and of the
  // kind asked: the rate it is worked back with is an input ("given the growth rate, how much …").
  // Scored within the reports of that next year: a report need not hold any figure of the year asked.
  const next = { ...q, years: [year + 1], kinds: q.kinds.filter((k) => k !== "percent") };
  const nextScoring = scoreEntries(index, queryTerms(next, index), next);
  // A rate is a level too when its change is stated in points ("the poverty incidence was 14.7%,
  // down 3.2 percentage points"), asked when the question names no other kind of figure.
  const ratesToo = q.kinds.length === 0;
  const later = rankEntries(
    next,
    index,
    nextScoring,
    (e) => isNumeric(e) && (e.kind !== "percent" || (ratesToo && !isNamedChange(e))),
  ).filter((r) => index.entryIsPlan[r.index] !== 1 && r.entry.year === year + 1);
  const named = changeNamedByQuestion(q, index, nextScoring, next, later[0]?.entry, year);
  if (named === null) return undefined;
  for (const found of named ? [named] : later.slice(0, CANDIDATES)) {
    // A change that names what changed ("the provincial fiscal funds increased by N") stands for that figure.
    const level = levelOfNamedChange(found.entry as NumericEntry, found.index, index);
    const r = level ? { ...found, entry: level.entry, index: level.at } : found;
    const e = r.entry as NumericEntry;
    const stated = level?.change ?? changeOf(e, r.index, index) ?? growthNamedFor(e, r.index, index);
    // A poor population's year-end level whose sentence states no change of it in its own unit (a
    // rate's fall in points is another figure's) falls by the people who left poverty that year.
    const ownUnit =
      !!stated &&
      (e.kind === "percent" ||
        stated.changes.some(
          (c) => c.kind === "percent" || isTimesChange(c) || sameCountedUnit(c.unit, e.unit),
        ));
    const change = ownUnit ? stated : (exitsOfYearEndLevel(e, r.index, index.kb.entries) ?? stated);
    if (!change) continue;
    // A stated change ("514 million Yuan more than in 2010") is no year's level to work back from,
    // unless its rate is stated with it: "increased … by 160 million Yuan …, up 33.3%" started from
    // 160 million ÷ 33.3%.
    // So is an amount whose label names it as the change of a figure no figure before it is
    // ("Increase of provincial fiscal anti-poverty funds", "up 27.5%"): dividing it by 127.5% would
    // return a change as the year's level.
    if (change.changes.some((c) => c.id === e.id) || (!level && nameOfChange(e) !== undefined)) {
      const byRate = fromAmountAndRate(e, change.changes, year);
      if (byRate)
        return {
          ...byRate,
          coverage: unionCoverage(
            nextScoring,
            byRate.inputs.map((x) => positionNear(index, x, r.index)),
          ),
        };
      continue;
    }
    const rate = e.kind === "percent" ? undefined : change.changes.find((c) => c.kind === "percent");
    const amount =
      e.kind === "percent"
        ? change.changes.find(inPoints)
        : (amountChangeOf(e, r.index, index) ??
          change.changes.find((c) => c.kind !== "percent" && sameCountedUnit(c.unit, e.unit)));
    // "1.6 times as much as in 2012": the year before is the figure divided by the multiple.
    const times = rate || amount || e.kind === "percent" ? undefined : change.changes.find(isTimesChange);
    if (times && times.value > 0) {
      const value = e.value / times.value;
      const result = formatValue(value, e.unit);
      const inputs = [e, times];
      return {
        value: round(value, 2),
        unit: e.unit,
        figure: result,
        label: `${e.label} in ${year}`,
        arithmetic: `${e.written} ÷ ${times.written} = ${result}`,
        inputs,
        coverage: unionCoverage(
          nextScoring,
          inputs.map((x) => positionNear(index, x, r.index)),
        ),
      };
    }
    if (!rate && !amount) continue;
    const up = change.direction === "up";
    // A stated amount gives the year before exactly; a percentage only to its rounding.
    const value = amount
      ? e.value + (up ? -1 : 1) * amount.value
      : e.value / (1 + ((up ? 1 : -1) * rate!.value) / 100);
    if (!(value > 0)) continue;
    const result = formatValue(value, e.unit);
    const inputs = [e, ...(amount ? [amount] : []), ...(rate ? [rate] : [])];
    return {
      value: round(value, 2),
      unit: e.unit,
      figure: result,
      label: `${e.label} in ${year}`,
      arithmetic: amount
        ? `${e.written} ${up ? "−" : "+"} ${amount.written} = ${result}`
        : `${e.written} ÷ (100% ${up ? "+" : "−"} ${rate!.written}) = ${result}`,
      inputs,
      // The question may name the change it is worked back with ("given the growth rate").
      coverage: unionCoverage(
        nextScoring,
        inputs.map((x) => positionNear(index, x, r.index)),
      ),
    };
  }
  return undefined;
}

/** The level a change started from, when its amount and its rate are both stated: amount ÷ rate. */
function fromAmountAndRate(
  amount: NumericEntry,
  changes: NumericEntry[],
  year: number,
): Omit<Derived, "coverage"> | undefined {
  const rate = changes.find((c) => c.kind === "percent");
  if (amount.kind === "percent" || !rate || !(rate.value > 0)) return undefined;
  const value = amount.value / (rate.value / 100);
  const result = formatValue(value, amount.unit);
  const what = nameOfChange(amount) ?? amount.label;
  return {
    value: round(value, 2),
    unit: amount.unit,
    figure: result,
    label: `${what.replace(/^./, (c) => c.toUpperCase())} in ${year}`,
    arithmetic: `${amount.written} ÷ ${rate.written} = ${result}`,
    inputs: [amount, rate],
  };
}

/** The same figure a year earlier: in the figure's sentence, else under the same label in its section. */
function previousYearOf(e: NumericEntry, at: number, index: SearchIndex): NumericEntry | undefined {
  if (e.year === null) return undefined;
  const { entries } = index.kb;
  const earlier = (x: Entry): x is NumericEntry =>
    isNumeric(x) && x.report === e.report && x.year === e.year! - 1 && x.unit === e.unit && x.id !== e.id;
  const near = entries.slice(Math.max(0, at - SENTENCE_WINDOW), at + SENTENCE_WINDOW + 1);
  const sameSentence = near.find((x) => earlier(x) && x.sentence === e.sentence);
  if (sameSentence) return sameSentence as NumericEntry;
  return entries.find((x) => earlier(x) && x.section === e.section && x.label === e.label) as
    | NumericEntry
    | undefined;
}

/** A stated change in amount of a figure on the previous year ("increased by N over the previous year"). */
function amountChangeOf(e: NumericEntry, at: number, index: SearchIndex): NumericEntry | undefined {
  return changeOf(e, at, index)?.changes.find(
    (c) => c.kind !== "percent" && sameCountedUnit(c.unit, e.unit) && c.id !== e.id,
  );
}

/** The previous year's value implied by a stated change in amount. */
function previousByChange(e: NumericEntry, at: number, index: SearchIndex): number | undefined {
  const amount = amountChangeOf(e, at, index);
  if (!amount) return undefined;
  return changeOf(e, at, index)!.direction === "up" ? e.value - amount.value : e.value + amount.value;
}

// Results, best first, that have a plan the report states or implies. A plan is never a
// percentage: a question that names the share it is read from ("going by the share reached") asks
// for the kinds of figure after the percentage, or any. A question that names no unit ("by how much
// did X beat its target") may be about any of the kinds it could mean, not only the first.
function resultsWithPlans(q: Question, index: SearchIndex, scoring: Scoring) {
  const kinds = q.kinds.filter((k) => k !== "percent");
  const ranked = rankEntries(
    q,
    index,
    scoring,
    (e) => isNumeric(e) && e.kind !== "percent" && (kinds.length === 0 || kinds.includes(e.kind)),
  );
  const found = ranked
    .filter((r) => index.entryIsPlan[r.index] !== 1)
    .slice(0, CANDIDATES)
    .map((r) => ({
      r,
      result: r.entry as NumericEntry,
      plan: planOf(r.entry as NumericEntry, r.index, index),
    }))
    .filter((x): x is { r: typeof x.r; result: NumericEntry; plan: PlanOf } => !!x.plan);
  // A question that names the plan in the report's words for it, about a result whose own words do
  // not say what it is of: the result the plan belongs to (relations.ts resultOf). So too when the
  // plan matches the question better than any result with a plan does ("beat its target for reducing
  // the poor population": "the target … was to reduce the poor population by 400,000" … "lifted
  // 412,000 rural poor people out of poverty").
  if (found.length === 0) return resultsOfPlans(ranked, index);
  const [top] = ranked;
  const planFirst =
    top && top.coverage > found[0]!.r.coverage && found[0]!.plan.stated?.id !== top.entry.id
      ? resultsOfPlans([top], index)
      : [];
  return [...planFirst, ...found];
}

const planInputs = (result: NumericEntry, plan: PlanOf) => [
  result,
  ...(plan.stated ? [plan.stated] : plan.percent ? [plan.percent] : []),
];

// What the result and the figure its plan is read from cover together: a question that states the
// percentage ("beat the plan by N%") is matched by that percentage as much as by the result.
function planCoverage(scoring: Scoring, index: SearchIndex, at: number, plan: PlanOf): number {
  const from = plan.stated ?? plan.percent;
  return unionCoverage(scoring, from ? [at, positionNear(index, from, at)] : [at]);
}

// The result whose figures the question states ("… it beat the plan by N%") is the one it is
// about, however well another result matches its words; else the best match.
function statedFirst<T extends { result: NumericEntry; plan: PlanOf }>(
  q: Question,
  found: T[],
): T | undefined {
  return found.find((x) => planInputs(x.result, x.plan).some((e) => isStated(q.stated, e))) ?? found[0];
}

/**
 * A result as a percentage of its plan. When the report gives that percentage itself ("105% of the
 * plan"), it is the answer as stated and nothing is computed here; a plan stated as a figure, or
 * implied by how far the result went beyond it ("17.06% above the task"), is divided out.
 */
function shareOfPlan(q: Question, index: SearchIndex, scoring: Scoring): Derived | undefined {
  // "Counting 2011 and 2012 together, what share of the plan …": a question naming several years
  // asks about their results together; one year's result over the plan would be a wrong figure.
  if (new Set(q.years).size > 1) return undefined;
  const found = statedFirst(q, resultsWithPlans(q, index, scoring));
  if (!found || found.plan.value === 0) return undefined;
  const { r, result, plan } = found;
  const value = (result.value / plan.value) * 100;
  if (plan.percent && Math.abs(plan.percent.value - value) < STATED_PERCENT_ROUNDING) return undefined;
  const planText = plan.stated
    ? plan.stated.written
    : `${formatValue(plan.value, plan.unit)} (${plan.arithmetic})`;
  return {
    value: round(value, 2),
    unit: "%",
    figure: formatValue(value, "%"),
    label: `${result.label} as a share of the plan`,
    arithmetic: `${result.written} ÷ ${planText} × 100 = ${formatValue(value, "%")}`,
    inputs: planInputs(result, plan),
    coverage: planCoverage(scoring, index, r.index, plan),
  };
}
// A stated percentage is rounded to two decimals at most.
export const STATED_PERCENT_ROUNDING = 0.01;

/** A plan the report implies but does not state: a result and its stated share of the plan. */
function impliedPlan(q: Question, index: SearchIndex, scoring: Scoring): Derived | undefined {
  const found = statedFirst(q, resultsWithPlans(q, index, scoring));
  // The best result's plan is stated as a figure: that figure answers, and no other result's plan
  // is implied in its place. (A plan worked out from the share is implied even when the section
  // also states it.)
  if (!found || (found.plan.stated && found.plan.arithmetic === undefined)) return undefined;
  const { r, result, plan } = found;
  return {
    value: round(plan.value, 2),
    unit: plan.unit,
    figure: formatValue(plan.value, plan.unit),
    label: `Plan implied for ${lowerFirst(result.label)}`,
    arithmetic: plan.arithmetic!,
    inputs: planInputs(result, plan),
    coverage: planCoverage(scoring, index, r.index, plan),
  };
}

/** How far a result is above (sign 1) or below (sign -1) its plan, in the direction the question asks. */
function versusPlan(
  q: Question,
  index: SearchIndex,
  scoring: Scoring,
  sign: 1 | -1,
  remaining = false,
): Derived | undefined {
  // "Its 2011-2015 plan": a plan the question names by its span of years is one whose result's
  // sentence names that span; a year's plan of the same thing is another plan.
  const span = PLAN_SPAN.exec(q.english);
  const found = statedFirst(
    q,
    resultsWithPlans(q, index, scoring).filter((x) => !span || namesSpan(x.result.sentence, span)),
  );
  if (!found) return undefined;
  const { r, result, plan } = found;
  // The value reads the way the question asks (how many more: result − plan; how many fewer:
  // plan − result); the words say which way the result really went, even against the question.
  const diff = result.value - plan.value;
  // What is still to do to meet a plan the result already met is nothing the report says.
  if (remaining && diff >= 0) return undefined;
  const value = sign * diff;
  const planText = plan.stated
    ? plan.stated.written
    : `${formatValue(plan.value, plan.unit)} (${plan.arithmetic})`;
  const way = diff >= 0 ? "more than" : "fewer than";
  const against = diff >= 0 !== (sign === 1) && diff !== 0 ? ` (not ${sign === 1 ? "more" : "fewer"})` : "";
  return {
    value: round(value, 6),
    unit: result.unit,
    figure: `${formatValue(Math.abs(diff), result.unit)} ${way} planned${against}`,
    label: `${result.label} against the plan`,
    arithmetic: `${result.written} − ${planText} = ${formatValue(diff, result.unit)}`,
    inputs: planInputs(result, plan),
    coverage: planCoverage(scoring, index, r.index, plan),
  };
}

const PLAN_SPAN = new RegExp(String.raw`\b(${YEAR})\s*[-–—~]\s*(${YEAR})\b`);
const namesSpan = (sentence: string, span: RegExpExecArray) =>
  new RegExp(String.raw`\b${span[1]}\s*(?:[-–—~]|to)\s*${span[2]}\b`).test(sentence);

/** One money figure per Yuan of another: the question's figure over the one after "per Yuan of". */
const ASKING = /\bhow (?:many|much)\b|\bwhat\b/;

function ratio(
  q: Question,
  index: SearchIndex,
  scoring: Scoring,
  per: string,
  times = false,
): Derived | undefined {
  // What the divisor brought is named on the side of it that asks ("how many Yuan of A did each Yuan
  // of B …", "for every Yuan of B, how many Yuan of A …"); a verb trailing the divisor ("… bring
  // in", "… mobilise") relates the two and names neither.
  const at = q.english.indexOf(per);
  const before = at >= 0 ? q.english.slice(0, at) : "";
  const rest =
    at < 0 ? q.english.replace(per, " ") : ASKING.test(before) ? before : q.english.slice(at + per.length);
  // A multiple ("how many times B was A") may be of counts as well as of money; never of rates.
  const money = (e: Entry) => (times ? isNumeric(e) && e.kind !== "percent" : e.kind === "money");
  // The two are reported together: the pair of one sentence that fits both sides best ("discount
  // interest funds … loans issued by discount interest funds": the divisor's words match the loans
  // too, which only the other side names).
  const paired = pickSides(
    q,
    index,
    { left: per, right: rest, shared: "" },
    money,
    (a, b) => a.sentence === b.sentence && a.report === b.report && (!times || a.kind === b.kind),
  );
  // Else the divisor is named most precisely (the words after "each Yuan of"); what it
  // brought is reported with it: in its sentence, else its section, else anywhere.
  const den = paired.right ? paired.left : pickFor(q, index, per, "", money);
  if (!den || (den.entry as NumericEntry).value === 0) return undefined;
  const other = (e: Entry) => money(e) && e.id !== den.entry.id && e.kind === den.entry.kind;
  const num =
    paired.right ??
    pickFor(q, index, rest, "", (e) => other(e) && e.sentence === den.entry.sentence) ??
    pickFor(q, index, rest, "", (e) => other(e) && e.section === den.entry.section) ??
    pickFor(q, index, rest, "", other);
  if (!num) return undefined;
  const a = num.entry as NumericEntry;
  const b = den.entry as NumericEntry;
  // A multiple is of one unit: loans against discount funds, households against households.
  if (times && (a.kind !== b.kind || (a.kind !== "money" && !sameCountedUnit(a.unit, b.unit))))
    return undefined;
  const value = a.value / b.value;
  return {
    value: round(value, 2),
    unit: times ? "times" : "Yuan per Yuan",
    figure: `${formatRounded(value, 2)} ${times ? "times" : "Yuan per Yuan"}`,
    label: times
      ? `${a.label} as a multiple of ${lowerFirst(b.label)}`
      : `${a.label} per Yuan of ${lowerFirst(b.label)}`,
    arithmetic: `${a.written} ÷ ${b.written} = ${formatRounded(value, 2)}`,
    inputs: [a, b],
    // As for every computation, the two inputs together answer for the whole question: a side's own
    // words may include a compound the report writes elsewhere ("industrialization-based"), which no
    // figure of either side carries, and would sink that side alone.
    coverage: Math.max(Math.min(num.coverage, den.coverage), unionCoverage(scoring, [num.index, den.index])),
  };
}

/**
 * The best entry for one side of a two-figure question: the side's own words plus the words both
 * sides share, which name what is measured and so weigh as the head.
 */
export function pickFor(
  q: Question,
  index: SearchIndex,
  text: string,
  shared: string,
  filter: (e: Entry) => boolean,
) {
  return rankFor(q, index, text, shared, filter)[0];
}

const SIDE_CANDIDATES = 4;

/**
 * The figures for the two sides of a sum or a comparison, chosen together: the pair of different
 * figures that fits both sides best, each side's fit taken relative to its best candidate. Picking
 * one side first would let it take the figure that only the other side names precisely ("by A and
 * by B" where A's words also match B's figure). `fits` says whether two figures can be paired; a
 * candidate must cover `minCoverage` of its side.
 */
export function pickSides(
  q: Question,
  index: SearchIndex,
  sides: { left: string; right: string; shared: string; alike?: boolean | undefined; givers?: boolean },
  accept: (e: Entry, side: "left" | "right") => boolean,
  fits: (a: Entry, b: Entry) => boolean,
  minCoverage = 0,
  weigh: (a: Entry, b: Entry) => number = () => 1,
): { left?: RankedEntry; right?: RankedEntry } {
  const candidates = (side: "left" | "right") =>
    rankFor(
      q,
      index,
      sides[side],
      sides.shared,
      (e) => accept(e, side),
      sides.alike,
      sides.givers ? sides[side === "left" ? "right" : "left"] : undefined,
    )
      .filter((r) => r.coverage >= minCoverage)
      .slice(0, SIDE_CANDIDATES);
  const lefts = candidates("left");
  const rights = candidates("right");
  const inYears = yearPairWeigh(q.english, sides.left, sides.right);
  // A side that leaves its thing to the other ("the number repaired") is sought in that side's section first.
  const borrowed = borrowsOtherSide(sides.left, sides.right);
  const sameTopic = (a: Entry, b: Entry) =>
    borrowed && a.report === b.report && a.section === b.section ? SAME_TOPIC_FIT : 1;
  let best: { left: RankedEntry; right: RankedEntry; fit: number } | undefined;
  for (const l of lefts)
    for (const r of rights) {
      if (l.entry.id === r.entry.id || !fits(l.entry, r.entry)) continue;
      const fit =
        (l.rank / lefts[0]!.rank + r.rank / rights[0]!.rank) *
        togetherness(index, l.entry, r.entry) *
        weigh(l.entry, r.entry) *
        sameTopic(l.entry, r.entry) *
        (inYears?.(l.entry, r.entry) ?? 1);
      if (!best || fit > best.fit + 1e-9) best = { left: l, right: r, fit };
    }
  return best ?? { left: lefts[0] };
}

// Parts of one breakdown are what a question weighing two sources or items against each other
// usually means ("the villagers or the county government": two parts of one total), and
// words both sides share ("raised by", "funds") otherwise pull one side to a namesake in another
// section. Figures that merely sit in one sentence or section are not: two programmes' bridges, or
// one programme's households benefited and supported, are compared across them.
const SIBLING_FIT = 1.2;
// How much a pair in one section counts over others when one side borrows the other's thing.
const SAME_TOPIC_FIT = 1.25;
function togetherness(index: SearchIndex, a: Entry, b: Entry): number {
  return commonWhole(index, a, b) ? SIBLING_FIT : 1;
}

/** The total of a breakdown that has both figures among its parts, if any. */
export function commonWhole(index: SearchIndex, a: Entry, b: Entry): Entry | undefined {
  if (a.report !== b.report) return undefined;
  const totals = new Set(
    (index.groupsByPart.get(a.id) ?? []).filter((g) => g.type === "parts").map((g) => g.total),
  );
  const shared = (index.groupsByPart.get(b.id) ?? []).find((g) => g.type === "parts" && totals.has(g.total));
  return shared && index.kb.byId.get(shared.total);
}

function rankFor(
  q: Question,
  index: SearchIndex,
  text: string,
  shared: string,
  filter: (e: Entry) => boolean,
  alike = false,
  otherSide?: string,
): RankedEntry[] {
  const years = yearsIn(text);
  const side = {
    ...q,
    years: years.length > 0 ? years : q.years,
    // A side that names no counted thing counts what the question counts ("how many households by A and by B").
    // Sides that name places or means (`alike`) count it whatever nouns they hold ("in the A villages").
    countUnit: q.countUnit && (alike ? q.countUnit : (countUnitIn(text) ?? q.countUnit)),
    head: [...q.head, ...shared.split(" ")],
    // A side asks for a plan when its own words do ("2011 planned investment"), whatever the rest asks.
    clause: `${text} ${shared}`,
  };
  const terms = queryTerms(side, index, `${text} ${shared}`);
  const scoring = scoreEntries(index, terms);
  // A side is the figure its own words name: one that matches only the words both sides share
  // ("support more poor households") stands for neither side.
  const ownTerms = new Set(queryTerms(side, index, text).map((t) => t.term));
  // The stemmer joins words of one root that name different things ("the villagers" and "the
  // village programme"): when the shared words write the root as another word, the side's word
  // is no sign of the side's own figure, only of the shared topic.
  for (const t of rootsSharedAsOtherWords(text, shared)) ownTerms.delete(t);
  if (ownTerms.size === 0) for (const t of queryTerms(side, index, text)) ownTerms.add(t.term);
  let own = 0;
  terms.forEach((t, i) => {
    if (ownTerms.has(t.term)) own |= 1 << i;
  });
  const ranked = rankEntries(side, index, scoring, (e) => isNumeric(e) && filter(e)).filter(
    (r) => own === 0 || (scoring.mask[r.slot]! & own) !== 0,
  );
  if (otherSide === undefined) return ranked;
  // Two givers added: of those, the figures whose label, else own words, name the side, when any
  // does (side-own-words.ts).
  const sideTerms = terms.filter((t) => ownTerms.has(t.term));
  // A figure whose own words name the other side as well ("from the county and the city
  // government") is what the two gave together, neither side's own. The other side is known by
  // the words that set it apart ("city"), in the order written: not its head, which any giver may
  // have ("government"), nor a word the question says of both ("how much in loans … through small
  // loans and mutual funds": loans).
  const sharedTerms = new Set(queryTerms(side, index, shared).map((t) => t.term));
  const order = contentWords(otherSide).map((w) => w.stem);
  const otherTerms = queryTerms(side, index, otherSide)
    .filter((t) => !ownTerms.has(t.term) && !sharedTerms.has(t.term) && !t.term.startsWith("?"))
    .sort((a, b) => order.indexOf(a.term) - order.indexOf(b.term));
  const telling = otherTerms.length > 1 ? otherTerms.slice(0, -1) : otherTerms;
  // (Its label: a clause may list both, "built 52 bridges and 312 culverts", each its own figure.)
  const ofBoth = (e: Entry) => telling.length > 0 && telling.every((t) => namesSideOwnTerm(e, [t], true));
  const alone = ranked.filter((r) => !ofBoth(r.entry));
  const labelled = alone.filter((r) => namesSideOwnTerm(r.entry, sideTerms, true));
  if (labelled.length > 0) return labelled;
  const named = alone.filter((r) => namesSideOwnTerm(r.entry, sideTerms));
  return named.length > 0 ? named : alone;
}

/** The stems a side's words share with another word of the shared words ("villagers" / "village"). */
function rootsSharedAsOtherWords(side: string, shared: string): string[] {
  const singular = (w: string) => w.replace(/(?<=\w{3})s$/, "");
  const theirs = contentWords(shared);
  return contentWords(side)
    .filter((w) => theirs.some((v) => v.stem === w.stem && singular(v.surface) !== singular(w.surface)))
    .map((w) => w.stem);
}

function share(q: Question, index: SearchIndex, scoring: Scoring): Derived | undefined {
  const numerators = rankEntries(
    { ...q, kinds: [] },
    index,
    scoring,
    (e) => isNumeric(e) && e.kind !== "percent",
  ).slice(0, CANDIDATES);
  let best: Derived | undefined;
  for (const n of numerators) {
    const part = n.entry as NumericEntry;
    const stated = wholesFor(part, n.index, index);
    for (const whole of stated.length > 0 ? stated : wholeNamedBefore(part, n.index, numerators)) {
      // A rate ("2,500 Yuan per household") is no part of a total ("633 million Yuan of loans"), nor
      // a total of a rate: its share of it is a number of nothing.
      if (isRate(part) !== isRate(whole)) continue;
      const value = (part.value / whole.value) * 100;
      const coverage = unionCoverage(scoring, [n.index, positionNear(index, whole, n.index)]);
      const candidate: Derived = {
        value: round(value, 2),
        unit: "%",
        figure: formatValue(value, "%"),
        label: `Share of ${lowerFirst(whole.label)}: ${lowerFirst(part.label)}`,
        arithmetic: `${part.written} ÷ ${whole.written} × 100 = ${formatValue(value, "%")}`,
        inputs: [part, whole],
        coverage,
      };
      if (
        !best ||
        candidate.coverage > best.coverage + 1e-9 ||
        (candidate.coverage > best.coverage - 1e-9 &&
          sidesFit(q, part, whole) > sidesFit(q, best.inputs[0]!, best.inputs[1]!))
      )
        best = candidate;
    }
  }
  return (ADDS.test(q.english) && shareOfAddedParts(numerators, index, scoring)) || best;
}

/**
 * "Trained 64,800 people, … A total of 52,600 trained people found jobs": a whole the report states
 * sentences before its part, with no "of which" between them. It is a figure the question matches
 * too, earlier in the part's section, larger, and counting what the part counts (a unit word in
 * common). Only counts: every amount of money shares the unit Yuan, which says nothing of a whole,
 * and a change on the year before is a part of nothing.
 */
function wholeNamedBefore(part: NumericEntry, at: number, matched: RankedEntry[]): NumericEntry[] {
  if (part.kind !== "count" || isNamedChange(part)) return [];
  const counts = new Set(part.unit.toLowerCase().split(/\s+/));
  const whole = matched.find(
    ({ entry: e, index: i }) =>
      isNumeric(e) &&
      i < at &&
      e.report === part.report &&
      e.section === part.section &&
      e.sentence !== part.sentence &&
      e.kind === part.kind &&
      e.value > part.value &&
      e.unit
        .toLowerCase()
        .split(/\s+/)
        .some((w) => counts.has(w)),
  );
  return whole ? [whole.entry as NumericEntry] : [];
}

// The whole and the part a share question names (share-sides.ts): two readings that match the
// question alike are told apart by how well each figure's own label has its side's words.
function sidesFit(q: Question, part: Entry, whole: Entry): number {
  const m = SHARE_SIDES.exec(q.english);
  if (!m) return 0;
  const has = (e: Entry, side: string) => {
    const words = termsOf(side);
    const label = new Set(termsOf(e.label));
    return words.length === 0 ? 0 : words.filter((t) => label.has(t)).length / words.length;
  };
  return has(whole, m[1]!) + has(part, m[2]!);
}

// "What share came from A + B", "A plus B": the part is the sum of the parts named.
const ADDS = /\+|\bplus\b/;
/** The two best-matching parts of one whole, added, as a share of that whole. */
function shareOfAddedParts(
  numerators: RankedEntry[],
  index: SearchIndex,
  scoring: Scoring,
): Derived | undefined {
  const [first, ...rest] = numerators;
  if (!first) return undefined;
  const a = first.entry as NumericEntry;
  for (const whole of wholesFor(a, first.index, index)) {
    const second = rest.find(
      (n) =>
        n.entry !== whole &&
        (n.entry as NumericEntry).unit === a.unit &&
        wholesFor(n.entry as NumericEntry, n.index, index).includes(whole),
    );
    if (!second) continue;
    const b = second.entry as NumericEntry;
    const value = ((a.value + b.value) / whole.value) * 100;
    return {
      value: round(value, 2),
      unit: "%",
      figure: formatValue(value, "%"),
      label: `Share of ${lowerFirst(whole.label)}: ${lowerFirst(a.label)} plus ${lowerFirst(b.label)}`,
      arithmetic: `(${a.written} + ${b.written}) ÷ ${whole.written} × 100 = ${formatValue(value, "%")}`,
      inputs: [a, b, whole],
      coverage: unionCoverage(scoring, [first.index, second.index]),
    };
  }
  return undefined;
}

/** The totals a figure is a part of: its group's total, or a larger figure of the same unit in its sentence. */
function wholesFor(part: NumericEntry, at: number, index: SearchIndex): NumericEntry[] {
  const fromGroups = (index.groupsByPart.get(part.id) ?? [])
    .filter((g) => g.type === "parts")
    .map((g) => index.kb.byId.get(g.total))
    .filter((e): e is NumericEntry => !!e && isNumeric(e));
  if (fromGroups.length > 0) return fromGroups;
  // "Of the total, A came to N, …; M was …": every figure of the sentence is a part of the total the
  // sentence before states, not of a bigger figure listed beside it.
  if (OF_THE_TOTAL.test(part.sentence)) {
    const total = totalBefore(part, at, index);
    return total ? [total] : [];
  }
  // Neighbours in the report: entries of one sentence sit next to each other.
  const near = index.kb.entries.slice(Math.max(0, at - SENTENCE_WINDOW), at + SENTENCE_WINDOW + 1);
  const list = listWhole(part, at, index, near);
  if (list) return [list];
  const inSentence = near.filter(
    (e): e is NumericEntry =>
      isNumeric(e) &&
      e.sentence === part.sentence &&
      e.unit === part.unit &&
      e.value > part.value &&
      e.id !== part.id &&
      !listedTogether(e, part),
  );
  if (inSentence.length > 0) return inSentence;
  const summed = wholeTheListAddsUpTo(part, at, index);
  return summed ? [summed] : [];
}

// Rounding the report may leave between a list's items and the total it states for them.
const LIST_SUM_TOLERANCE = 0.005;
/**
 * "Invested 1.26 billion Yuan in total. … The funds were arranged as follows: Roads: 38,260; Water:
 * 31,470; …": the items of a list are shares of the figure of their section that they add up to,
 * stated apart from the list; of no other, and of none when nothing they add up to is stated.
 */
function wholeTheListAddsUpTo(part: NumericEntry, at: number, index: SearchIndex): NumericEntry | undefined {
  const [start, end] = sectionSpan(index, at);
  const section = index.kb.entries.slice(start, end);
  const items = section.filter(
    (e): e is NumericEntry => isNumeric(e) && e.unit === part.unit && (e === part || listedTogether(e, part)),
  );
  if (items.length < 3) return undefined;
  const sum = items.reduce((t, e) => t + e.value, 0);
  return section.find(
    (e): e is NumericEntry =>
      isNumeric(e) &&
      e.kind === part.kind &&
      e.unit === part.unit &&
      e.sentence !== part.sentence &&
      Math.abs(e.value - sum) <= LIST_SUM_TOLERANCE * sum,
  );
}

/**
 * "… arranged 86 million Yuan of funds for 214 projects. Suqian City and Lianyungang City received
 * 22.6 million Yuan and 16.8 million Yuan respectively.": items of a list with no whole in their own
 * sentence are shares of the one figure of their unit in the sentence before, when it holds them all.
 */
export function listWhole(
  part: NumericEntry,
  at: number,
  index: SearchIndex,
  near: readonly Entry[],
): NumericEntry | undefined {
  const items = near.filter(
    (e): e is NumericEntry =>
      isNumeric(e) && e.unit === part.unit && (e.id === part.id || listedTogether(e, part)),
  );
  if (items.length < 2) return undefined;
  // A larger figure of the list's own sentence is its whole ("a total of N, of which A and B …").
  if (
    near.some(
      (e) => isNumeric(e) && e.sentence === part.sentence && e.unit === part.unit && !items.includes(e),
    )
  )
    return undefined;
  const sum = items.reduce((t, e) => t + e.value, 0);
  const before = sentenceBefore(part, at, index).filter((e) => e.unit === part.unit);
  return before.length === 1 && before[0]!.value >= sum ? before[0] : undefined;
}

/** The figures of the sentence before `part`'s, in its section. */
function sentenceBefore(part: NumericEntry, at: number, index: SearchIndex): NumericEntry[] {
  const { entries } = index.kb;
  const found: NumericEntry[] = [];
  let sentence: string | undefined;
  for (let i = at - 1; i >= Math.max(0, at - 2 * SENTENCE_WINDOW); i--) {
    const e = entries[i]!;
    if (e.report !== part.report || e.section !== part.section) break;
    if (e.sentence === part.sentence) continue;
    if (sentence !== undefined && e.sentence !== sentence) break;
    sentence = e.sentence;
    if (isNumeric(e)) found.push(e);
  }
  return found;
}

const OF_THE_TOTAL = /^\s*(?:of|out of)\s+(?:the|this|that)\s+(?:total|sum|amount|funds?|investment)\s*,/i;
/** The total of the sentence before `part`'s in its section: written as a total, in its unit, larger. */
function totalBefore(part: NumericEntry, at: number, index: SearchIndex): NumericEntry | undefined {
  const { entries } = index.kb;
  let sentence: string | undefined;
  for (let i = at - 1; i >= Math.max(0, at - 2 * SENTENCE_WINDOW); i--) {
    const e = entries[i]!;
    if (e.report !== part.report || e.section !== part.section) return undefined;
    if (e.sentence === part.sentence) continue;
    if (sentence !== undefined && e.sentence !== sentence) return undefined;
    sentence = e.sentence;
    if (isNumeric(e) && e.unit === part.unit && e.value > part.value && isTotal(e)) return e;
  }
  return undefined;
}

const HOW_MUCH_ONLY = /^(?!.*\bhow many\b).*\bhow much\b/;
function average(q: Question, index: SearchIndex, scoring: Scoring, perUnit: string): Derived | undefined {
  // A count is averaged only when the question names what it counts ("how many people per
  // household"); else a count that merely matches ("bridges" beside "how much was invested per
  // village") is no numerator.
  // A count in another word for the unit asked ("98,600 persons" for "how many people") is named too.
  const named = new Set(termsOf(q.english));
  const countNamed = (e: Entry) =>
    e.kind !== "count" ||
    termsOf((e as NumericEntry).unit).some((t) => named.has(t)) ||
    (q.countUnit !== undefined && sameCountedUnit((e as NumericEntry).unit, q.countUnit));
  const ranked = rankEntries(
    q,
    index,
    scoring,
    (e) => isNumeric(e) && e.kind !== "percent" && e.unit !== perUnit && !isRate(e) && countNamed(e),
  );
  // The total its sentence writes before a candidate part is a candidate too, however it ranks
  // (average-whole.ts weighs the two).
  const top = ranked.slice(0, CANDIDATES);
  const numerators = [
    ...top,
    ...ranked
      .slice(CANDIDATES)
      .filter((r) => top.some((t) => writtenTotalBefore(r.entry, t.entry)))
      .slice(0, 1),
  ];
  // A planned count divides a result only when the question is about the plan.
  const askedPlan = PLAN_WORDS.test(q.clause);
  const denominators = rankEntries(
    { ...q, kinds: ["count"], countUnit: perUnit },
    index,
    scoring,
    (e) => e.kind === "count" && e.unit === perUnit,
    // "moved 14,860 households …, against a plan of 13,500 households": a count the words before
    // it give as a plan is a plan too, whatever its label says.
  ).filter((d) => askedPlan || (index.entryIsPlan[d.index] !== 1 && !statedAsPlan(d.entry)));
  // The best-matching figure is what is being averaged; its divisor is a count reported with it
  // ("633.5068 million Yuan of small loans to help 21,000 poor households"), else one in its section.
  const pairs = numerators.map((n) => ({
    n,
    den:
      denominators.find((d) => d.entry.sentence === n.entry.sentence) ??
      wholeOfTied(
        denominators.filter(
          (d) =>
            d.entry.section === n.entry.section &&
            !countsOnlyNamedPlaces(
              q.english,
              n.entry.sentence,
              d.entry.sentence,
              (d.entry as NumericEntry).written,
            ),
        ),
      ),
  }));
  // The kinds a question asks for are in order ("how much" is money before a count): the average
  // is of the first kind that has one, so "how much would each school get" divides money, not
  // the count of counties that happens to match as well.
  // "How much" asks for an amount even when the question also says "the number of villages".
  const kinds = HOW_MUCH_ONLY.test(q.clause) ? ["money", ...q.kinds.filter((k) => k !== "money")] : q.kinds;
  const kindRank = (p: (typeof pairs)[number]) => {
    const at = kinds.indexOf(p.n.entry.kind);
    return at < 0 ? kinds.length : at;
  };
  const ofKind = pairs.filter((p) => p.den).sort((a, b) => kindRank(a) - kindRank(b));
  const first =
    ofKind[0] &&
    bestTogether(
      ofKind.filter((p) => kindRank(p) === kindRank(ofKind[0]!)),
      scoring,
    );
  // Two amounts of the kind asked in the count's sentence, matching the question alike: the one
  // nearer the count is what it counts for ("invested 55 million Yuan of discount funds and issued
  // 1.386 billion Yuan of small loans, helping 46,200 households": the loans helped them).
  const near = first && nearerToItsCount(first, pairs, scoring, kindRank);
  const whole = near && wholeOverPart(near, pairs, index, scoring, perUnit);
  const pick = whole && amountOfNamedHead(whole, pairs, named);
  const den = pick?.den?.entry;
  if (!pick || !den || den.kind !== "count" || den.value === 0) return undefined;
  // An amount given to a count its own clause names is averaged over that count or not at all.
  const own = countOfOwnClause(index, pick.n.index, perUnit);
  if (own && own !== den && own.value !== den.value) return undefined;
  const num = pick.n.entry as NumericEntry;
  const value = num.value / den.value;
  const unit = num.unit;
  return {
    value: round(value, 2),
    unit,
    figure: `${formatValue(value, unit)} per ${singular(perUnit)}`,
    label: `Average ${lowerFirst(num.label)} per ${singular(perUnit)}`,
    arithmetic: `${num.written} ÷ ${den.written} = ${formatValue(value, unit)} per ${singular(perUnit)}`,
    inputs: [num, den],
    coverage: unionCoverage(scoring, [pick.n.index, pick.den!.index]),
  };
}

type AveragePair = { n: RankedEntry; den: RankedEntry | undefined };
/**
 * The best-ranked count, or, when counts of the unit tie with it ("31,200 households were moved
 * out" and "X and Y, which together moved out 21,900 households", both "households moved out"), the
 * largest of them: a count the section gives as well as a smaller one of the same thing is their
 * whole, the smaller a part of it by place or kind, and an average per household is over the whole.
 */
export function wholeOfTied(ranked: RankedEntry[]): RankedEntry | undefined {
  const best = ranked[0];
  if (!best) return undefined;
  const tied = ranked.filter(
    (d) =>
      Math.abs(d.score - best.score) < SCORE_EPSILON && sameThingCounted(d.entry.label, best.entry.label),
  );
  return tied.reduce((a, b) => ((b.entry as NumericEntry).value > (a.entry as NumericEntry).value ? b : a));
}
// Scores of equally matching figures may differ in their last bits.
const SCORE_EPSILON = 1e-6;
// "Households moved out" and "Households moved out of mountain areas": one label is the other, or
// the other with more words after it.
const sameThingCounted = (a: string, b: string) => {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
};
// How much more of the question an amount and its count must cover together than the best-ranked
// amount and its count, to be averaged instead.
const TOGETHER_MARGIN = 0.1;
/**
 * "How much was invested per village that completed entire village advancement": the amount that
 * matches best alone ("investment completed" in another programme) may have a count that matches
 * nothing else of the question, while the programme's own total and its villages cover all of it.
 * The amount and count of another section that cover the question together clearly best are
 * averaged; else the best-ranked amount (pairs in rank order, each with its count).
 */
export function bestTogether(pairs: AveragePair[], scoring: Scoring): AveragePair | undefined {
  const together = (p: AveragePair) => unionCoverage(scoring, [p.n.index, p.den!.index]);
  const first = pairs[0];
  if (!first) return undefined;
  // Only another programme's amount and count: within one section the amounts share their counts,
  // and the best-ranked amount is what is averaged (nearerToItsCount weighs those).
  const firstCovers = together(first);
  let best = first;
  let bestCovers = firstCovers;
  for (const p of pairs.slice(1)) {
    if (p.n.entry.section === first.n.entry.section) continue;
    const covers = together(p);
    if (covers > bestCovers) [best, bestCovers] = [p, covers];
  }
  return bestCovers >= firstCovers + TOGETHER_MARGIN ? best : first;
}
function nearerToItsCount(
  first: AveragePair,
  pairs: AveragePair[],
  scoring: Scoring,
  kindRank: (p: AveragePair) => number,
): AveragePair {
  const den = first.den!.entry;
  if (den.sentence !== first.n.entry.sentence) return first;
  const gap = (p: AveragePair) => Math.abs(findWritten(den) - findWritten(p.n.entry));
  const together = (p: AveragePair) => round(unionCoverage(scoring, [p.n.index, first.den!.index]), 2);
  const near = pairs.find(
    (p) =>
      p !== first &&
      p.den?.entry === den &&
      p.n.entry.sentence === den.sentence &&
      kindRank(p) === kindRank(first) &&
      together(p) >= together(first) &&
      gap(p) < gap(first) &&
      // "N Yuan of loans had been extended to M households, and K Yuan of discount funds were
      // allocated": an amount written after the count, in a clause of its own, did not reach them.
      findWritten(p.n.entry) < findWritten(den) &&
      // "a planned investment of N, of which M was lottery funds": the part the question matched
      // best is what it asks about; its whole, nearer the count, is not.
      !writtenAsPartOf(first.n.entry as NumericEntry, p.n.entry as NumericEntry),
  );
  return near ?? first;
}

// "How many more reservoirs than wells": each side names what it counts, so two counts of different
// things may be subtracted.
const namesOwnCount = (d: { left: string; right: string }) =>
  countUnitIn(d.left) !== undefined &&
  countUnitIn(d.right) !== undefined &&
  countUnitIn(d.left) !== countUnitIn(d.right);

function combine(
  q: Question,
  index: SearchIndex,
  scoring: Scoring,
  d: Extract<Derivation, { type: "difference" | "sum" }>,
): Derived | undefined {
  // Each side: its own words plus the words of neither side (shared context), and its own year if it names one.
  // A word written outside the sides as well as in one ("how much in loans … through small loans and
  // mutual funds") names what both sides measure, so it is shared too.
  const outside = outsideSides(q.english, d.left, d.right);
  const shared = [
    ...new Set(
      q.terms
        .filter(
          (w) =>
            (!d.left.includes(w.surface) && !d.right.includes(w.surface)) ||
            (outside !== undefined && new RegExp(String.raw`\b${escapeRegExp(w.surface)}\b`).test(outside)),
        )
        .map((w) => w.surface),
    ),
  ].join(" ");
  // Counts of different things may be added ("bridges and culverts"); anything else must share its unit.
  // A figure per household and a total are never two sides of one sum or difference.
  // Two counts the report describes alike are of one thing whatever units their bare numbers were
  // given ("increased from 198 in 2011 to 236 in 2012").
  // A whole and one of its own parts are two sides only when a side names the whole ("the total").
  const namesWhole = TOTAL_LABEL.test(`${d.left} ${d.right}`);
  // "The gap between what a trainee earned and what a member household borrowed": each side asks an amount
  // per one of its own kind, so the two rates are per different things on purpose (rate-sides.ts).
  const perOne = {
    left: q.kinds.includes("money") ? oneOfAKind(d.left) : undefined,
    right: q.kinds.includes("money") ? oneOfAKind(d.right) : undefined,
  };
  const ownRates =
    d.type === "difference" &&
    perOne.left !== undefined &&
    perOne.right !== undefined &&
    perOne.left !== perOne.right;
  // "The total investment for 2010 and 2011": one thing in two years is reported in one section;
  // another programme's figure of the other year is another thing.
  const oneThing = oneThingInTwoYears(d);
  const addable = (x: Entry, y: Entry) =>
    (!oneThing || x.section === y.section) &&
    (!oneThing || sameLevelOverYears(index, x, y)) &&
    isRate(x) === isRate(y) &&
    (!isRate(x) || samePer(x, y) || ownRates) &&
    (namesWhole || !(isPartOf(index, x, y) || isPartOf(index, y, x))) &&
    ((x as NumericEntry).unit === (y as NumericEntry).unit ||
      (x.kind === "count" && y.kind === "count" && x.label === y.label) ||
      oneCountLeavesItsNoun(x as NumericEntry, y as NumericEntry) ||
      (x.kind === "count" && y.kind === "count" && (d.type === "sum" || namesOwnCount(d))));
  // A side that asks for a figure per household is a figure per something, never a total.
  const asksRate = (side: "left" | "right") => RATE_ASKED.test(d[side]) || perOne[side] !== undefined;
  const perItsOne = (e: Entry, side: "left" | "right") => !ownRates || ratePerUnits(e).has(perOne[side]!);
  // A side naming a place by its name is a figure whose sentence writes that name (side-names.ts).
  const sideNames = {
    left: namesOfSide(d.left, q.regions, index),
    right: namesOfSide(d.right, q.regions, index),
  };
  // A side that asks for the total ("the total spent on the 2010 projects") is a whole, never one of
  // a breakdown's parts.
  const asksTotal = (side: "left" | "right") => TOTAL_LABEL.test(d[side]);
  const onlyPart = (e: Entry) => index.groupsByPart.has(e.id) && !index.groupsByTotal.has(e.id);
  const pick = (accept: (e: Entry) => boolean, minCoverage = 0) =>
    pickSides(
      q,
      index,
      // Two givers added ("A and B together"): each is read by its own words (rankFor). A side
      // that names a place is read by its sentence instead (side-names.ts), one that names a year
      // by its year ("the 2010 and 2011 projects"); a Chinese side is read
      // by its glossed words, which a label need not write.
      {
        ...d,
        shared,
        givers:
          q.language === "en" &&
          d.type === "sum" &&
          sideNames.left.length === 0 &&
          sideNames.right.length === 0 &&
          !yearOfSide(d.left) &&
          !yearOfSide(d.right),
      },
      (e, side) =>
        accept(e) &&
        // "How much did A and B get together?": two counts are no amount, whatever their words match.
        (q.kinds.length === 0 || q.kinds.includes(e.kind)) &&
        (!asksRate(side) || isRate(e)) &&
        perItsOne(e, side) &&
        writesSideName(e, sideNames[side], index) &&
        fitsInsideOutside(d[side], e) &&
        (!asksTotal(side) || !onlyPart(e)),
      addable,
      minCoverage,
    );
  // Figures that name what the question measures, when neither side names a measure of its own
  // ("the combined investment of A and B"), first, if they match their sides well: the sides' own words may match another measure of the same things
  // better (the fund that A and B got).
  const headOutsideSides =
    q.head.length > 0 && q.head.every((w) => !d.left.includes(w) && !d.right.includes(w));
  const named = headOutsideSides ? pick((e) => namesTheHead(q, e), MIN_COVERAGE) : {};
  const { left, right } = named.left && named.right ? named : pick(() => true);
  if (!left || !right) return undefined;
  let a = left.entry as NumericEntry;
  let b = right.entry as NumericEntry;
  if (d.type === "difference") {
    // The difference reads the way the question asks: "how many fewer A than B" is B − A, "the
    // difference between A and B" the larger minus the smaller. One that comes out against the
    // way asked ("how much more A than B" with A the smaller) is a misreading or a false premise,
    // and a negative "more" is no answer to either.
    if (d.way === "fewer" || (d.way === undefined && b.value > a.value)) [a, b] = [b, a];
    if (a.value < b.value) return undefined;
  }
  // One thing in two years: named once, with its years, in what its label says it counts.
  const alike = a.label === b.label && a.year !== null && b.year !== null && a.year !== b.year;
  const unit =
    a.unit === b.unit
      ? a.unit
      : alike
        ? (countUnitIn(a.label) ?? a.unit)
        : d.type === "sum"
          ? `${a.unit} and ${b.unit}`
          : `more ${a.unit} than ${b.unit}`;
  const value = d.type === "sum" ? a.value + b.value : a.value - b.value;
  const op = d.type === "sum" ? "+" : "−";
  return {
    value: round(value, 6),
    unit,
    figure: formatValue(value, unit),
    label: alike
      ? `${a.label}, ${a.year} ${d.type === "sum" ? "plus" : "minus"} ${b.year}`
      : d.type === "sum"
        ? `${a.label} plus ${lowerFirst(b.label)}`
        : `${a.label} minus ${lowerFirst(b.label)}`,
    arithmetic: `${a.written} ${op} ${b.written} = ${formatValue(value, unit)}`,
    inputs: [a, b],
    coverage: unionCoverage(scoring, [left.index, right.index]),
  };
}

/**
 * One measure in two years is a whole in both or a part in both: a year's total ("the 2010
 * investment, of which …") against a part of the other year's ("of which 17 million was lottery
 * money") is no change of one thing. Breakdown groups say which figure is which.
 */
function sameLevelOverYears(index: SearchIndex, x: Entry, y: Entry): boolean {
  if (x.year === null || y.year === null || x.year === y.year) return true;
  const level = (e: Entry) =>
    index.groupsByTotal.has(e.id) ? "whole" : index.groupsByPart.has(e.id) ? "part" : undefined;
  const [a, b] = [level(x), level(y)];
  return a === undefined || b === undefined || a === b;
}

/** Whether two sides name one thing in two different years ("the investment for 2010" / "… for 2011"). */
function oneThingInTwoYears(d: { left: string; right: string }): boolean {
  const [l, r] = [yearOfSide(d.left), yearOfSide(d.right)];
  if (!l || !r || l === r) return false;
  return d.left.replace(l, "").trim() === d.right.replace(r, "").trim();
}

/** The question with its two sides cut out, when both are written in it as read; else undefined. */
function outsideSides(english: string, left: string, right: string): string | undefined {
  const l = english.indexOf(left);
  if (l < 0) return undefined;
  const rest = `${english.slice(0, l)} | ${english.slice(l + left.length)}`;
  const r = rest.indexOf(right);
  return r < 0 ? undefined : `${rest.slice(0, r)} | ${rest.slice(r + right.length)}`;
}

/** Whether `part` is one of the parts of `whole` (its breakdown group, or "B …, of which A" in one sentence). */
function isPartOf(index: SearchIndex, part: Entry, whole: Entry): boolean {
  return (
    (index.groupsByPart.get(part.id) ?? []).some((g) => g.type === "parts" && g.total === whole.id) ||
    (isNumeric(part) && isNumeric(whole) && writtenAsPartOf(part, whole))
  );
}

// A group's total sits near its parts in the report: look around the part first, scan only if not
// (cheaper than a 100,000-entry map kept for derivations alone).
function positionNear(index: SearchIndex, e: Entry, hint: number): number {
  const { entries } = index.kb;
  for (let d = 0; d <= SENTENCE_WINDOW; d++) {
    if (entries[hint - d] === e) return hint - d;
    if (entries[hint + d] === e) return hint + d;
  }
  return entries.indexOf(e);
}

/**
 * A figure that is already per something ("income growth per household") cannot be averaged again.
 * Its clause counts only in the part that is the figure's own (figure-clause.ts): "N residents …
 * and the growth of per capita income" gives no rate of residents.
 */
export const isRate = (e: Entry) => /\b(per|each|average)\b/i.test(`${e.label} ${ownPartOfClause(e)}`);
const RATE_ASKED = /\b(?:per|each|average)\b/;
// The things a rate is given for: the words after "per" / "each" in its label and clause ("1,500
// yuan a head per year": year; "1,200 yuan per cellar": cellar).
const PER_WHAT = /\b(?:per|each)\s+([a-z]+)/gi;
const perWhat = (e: Entry) =>
  new Set([...`${e.label} ${e.context}`.matchAll(PER_WHAT)].map((m) => stem(m[1]!.toLowerCase())));
/**
 * Whether two rates are given for the same thing, and so may be added or taken one from the other
 * (the central and the provincial subsidy per household). A subsidy per student a year and one per
 * rainwater cellar added up to a figure of nothing; a rate whose "per" the reader cannot find is
 * not refused for it.
 */
export function samePer(x: Entry, y: Entry): boolean {
  const [a, b] = [perWhat(x), perWhat(y)];
  return a.size === 0 || b.size === 0 || [...a].some((w) => b.has(w));
}
const round = (v: number, digits: number) => Number(v.toFixed(digits));
// A change of a rate written in percentage points ("down 3.2 percentage points"): counted as "points".
const inPoints = (e: NumericEntry) => /\bpoints?$/i.test(e.written);
const singular = singularUnit;

export type { Entry };
