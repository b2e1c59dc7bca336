// "Some 60 per cent of the county funds went to road building", the county funds given as a figure
// in a sentence before: asked "how much of the county funds went to roads?", the report implies the
// amount (0.6 × the county funds) without stating it. A percentage written as a share of a named
// whole ("N% of the <whole> …"), whose whole is the one a "how much/many of <whole> <rest>" question
// names and whose words say the rest, is worked out from the whole's figure: a figure of the asked
// kind, in the percentage's section at or before it, of the same year, whose label names every word
// of the whole. Two such figures of different values (last year's and this year's are told apart by
// their year) leave the whole unclear, and nothing is computed; an amount the percentage's own
// clause states is the report's own answer, and nothing is computed either. The result is never
// the percentage or the whole: a share of 0% or 100% gives back an input, and is refused.
import { writtenAt } from "../knowledge/written-at.js";
import { formatValue } from "../knowledge/figures.js";
import { isNumeric, type Entry, type NumericEntry } from "../knowledge/schema.js";
import { contentWords } from "../text/words.js";
import type { Derived } from "./compute.js";
import { isNamedChange } from "./named-change.js";
import { partAsked } from "./part-asked.js";
import { rankEntries, unionCoverage, type Scoring } from "./rank.js";
import { PLAN_WORDS, type SearchIndex } from "./search-index.js";
import type { Question } from "./understand.js";

// After the percentage, the whole it is a share of, ended by the verb or preposition that starts
// what the share went to ("of the county funds went to …", "of its loans was lent for …").
const OF_NAMED_WHOLE =
  /^\s*of\s+(?:the\s+|its\s+|their\s+|this\s+year's\s+)?([a-z][a-z' -]{0,60}?)\s+(?:was|were|is|are|had|has|have|went|go|goes|got|came|comes|for|to|into|in|on)\b([^,;.]*)/i;
// Words that say a share of a total or of a plan, not of a named whole (share-of-whole.ts,
// relations.ts plan shares work those out).
const TOTAL_OR_PLAN = /\b(?:total|whole|overall|all)\b/i;
// Percentages looked at, best first.
const CANDIDATES = 4;
// The clause a figure is written in: between the separators around it.
const SEPARATOR = /[,;:()]/;

const stems = (text: string) => contentWords(text).map((w) => w.stem);

/** The amount a stated share of a named whole implies, when the question asks it (see above). */
export function amountOfNamedShare(q: Question, index: SearchIndex, scoring: Scoring): Derived | undefined {
  const kind = q.kinds[0];
  if (q.language !== "en" || q.derivation || !kind || kind === "percent" || q.kinds.length > 1)
    return undefined;
  const asked = partAsked(q.clause);
  if (!asked || asked.rest.length === 0) return undefined;
  const askedWhole = new Set(asked.whole);
  const percents = rankEntries({ ...q, kinds: [] }, index, scoring, (e) => e.kind === "percent").slice(
    0,
    CANDIDATES,
  );
  for (const r of percents) {
    const share = r.entry as NumericEntry;
    const named = namedWhole(share);
    if (!named) continue;
    // The question's whole is the percentage's, and its rest names what the share went to.
    if (named.whole.length === 0 || !named.whole.every((s) => askedWhole.has(s))) continue;
    const rest = new Set(named.rest);
    if (!asked.rest.some((s) => rest.has(s) && !askedWhole.has(s))) continue;
    if (share.value <= 0 || share.value >= 100 || statesAmountInClause(share, kind, index)) return undefined;
    const whole = soleWhole(share, r.index, named.whole, kind, index);
    if (!whole) return undefined;
    return amountOfShare(share, whole, unionCoverage(scoring, [r.index, whole.at]));
  }
  return undefined;
}

/** A share of a whole as an amount, citing both: "62.5% × 1.2 billion Yuan = 750 million Yuan". */
function amountOfShare(share: NumericEntry, whole: { entry: NumericEntry }, coverage: number): Derived {
  const value = (share.value / 100) * whole.entry.value;
  const of = whole.entry.label;
  return {
    value: Math.round(value * 100) / 100,
    unit: whole.entry.unit,
    figure: formatValue(value, whole.entry.unit),
    label: `${share.label.replace(/\s*\(percent\)\s*$/i, "")}, as an amount of ${of.charAt(0).toLowerCase()}${of.slice(1)}`,
    arithmetic: `${share.written} × ${whole.entry.written} = ${formatValue(value, whole.entry.unit)}`,
    inputs: [share, whole.entry],
    coverage,
  };
}

/** The whole a percentage is written as a share of ("N% of the <whole> went to <rest>"), as stems. */
export function namedWhole(share: NumericEntry): { whole: string[]; rest: string[] } | undefined {
  const at = writtenAt(share.sentence, share.written);
  if (at < 0) return undefined;
  const m = OF_NAMED_WHOLE.exec(share.sentence.slice(at + share.written.length));
  if (!m || TOTAL_OR_PLAN.test(m[1]!) || PLAN_WORDS.test(m[1]!)) return undefined;
  return { whole: stems(m[1]!), rest: stems(m[2]!) };
}

/** Whether the percentage's own clause states an amount of the kind asked: the report's answer. */
function statesAmountInClause(share: NumericEntry, kind: string, index: SearchIndex): boolean {
  const at = writtenAt(share.sentence, share.written);
  const before = share.sentence.slice(0, at);
  const start = Math.max(...[...before].map((c, i) => (SEPARATOR.test(c) ? i : -1)));
  const afterAt = at + share.written.length;
  const end = share.sentence.slice(afterAt).search(SEPARATOR);
  const clause = share.sentence.slice(start + 1, end < 0 ? undefined : afterAt + end);
  return index.kb.entries.some(
    (e) =>
      e !== share &&
      isNumeric(e) &&
      e.report === share.report &&
      e.sentence === share.sentence &&
      e.kind === kind &&
      clause.includes(e.written),
  );
}

/**
 * The one figure of the whole: of the asked kind, in the share's section at or before it, of its
 * year, no change, its label naming every word of the whole. Figures of different values: none.
 */
function soleWhole(
  share: NumericEntry,
  at: number,
  whole: string[],
  kind: string,
  index: SearchIndex,
): { entry: NumericEntry; at: number } | undefined {
  const found: { entry: NumericEntry; at: number }[] = [];
  index.kb.entries.forEach((e: Entry, i) => {
    if (
      i <= at &&
      isNumeric(e) &&
      e.report === share.report &&
      e.section === share.section &&
      e.kind === kind &&
      e.year === share.year &&
      index.entryIsPlan[i] !== 1 &&
      !isNamedChange(e)
    ) {
      const label = new Set(stems(e.label));
      if (whole.every((s) => label.has(s))) found.push({ entry: e, at: i });
    }
  });
  const values = new Set(found.map((f) => `${f.entry.value} ${f.entry.unit}`));
  // The nearest before the share, when every figure of the whole says the same.
  return values.size === 1 ? found.at(-1) : undefined;
}

// "Of the county funds, 62.5% went to the mountain townships": the whole written before the share,
// and what the share went to after it.
const FRONTED_WHOLE = /\bof\s+(?:the\s+|its\s+|their\s+|this\s+year's\s+)?([a-z][a-z' -]{0,60}?),\s*$/i;
const SHARE_WENT_TO = /^\s*(?:was|were|went|had been|has been|have been)\s+([^,;.]*)/i;

/**
 * "How much went to the mountain townships, given the 62.5% share?": the question states the share,
 * and the report writes it as "Of the <whole>, N% went to <rest>", the whole given as a figure. The
 * percentage is the report's one of the stated value whose rest names a word of the question that
 * its whole does not; the whole is found as for a named share, where a figure whose parts are also
 * found stands for them (the funds in all, not each source of them). Never the share or the whole.
 */
export function amountOfStatedShare(q: Question, index: SearchIndex, scoring: Scoring): Derived | undefined {
  const kind = q.kinds[0];
  if (q.language !== "en" || q.derivation || !kind || kind === "percent" || q.kinds.length > 1)
    return undefined;
  const stated = q.stated.filter((s) => s.percent).flatMap((s) => s.values);
  if (stated.length !== 1) return undefined;
  const p = stated[0]!;
  if (p <= 0 || p >= 100) return undefined;
  const asked = new Set(stems(q.clause));
  const percents = rankEntries({ ...q, kinds: [] }, index, scoring, (e) => e.kind === "percent").slice(
    0,
    CANDIDATES,
  );
  for (const r of percents) {
    const share = r.entry as NumericEntry;
    if (share.value !== p) continue;
    const at = writtenAt(share.sentence, share.written);
    if (at < 0) continue;
    const of = FRONTED_WHOLE.exec(share.sentence.slice(0, at));
    const went = SHARE_WENT_TO.exec(share.sentence.slice(at + share.written.length));
    if (!of || !went || TOTAL_OR_PLAN.test(of[1]!) || PLAN_WORDS.test(of[1]!)) return undefined;
    const whole = stems(of[1]!);
    if (whole.length === 0 || !stems(went[1]!).some((s) => asked.has(s) && !whole.includes(s)))
      return undefined;
    if (statesAmountInClause(share, kind, index)) return undefined;
    const found = wholeOverParts(share, r.index, whole, kind, index);
    if (!found) return undefined;
    return amountOfShare(share, found, unionCoverage(scoring, [r.index, found.at]));
  }
  return undefined;
}

/** soleWhole, with the parts of a found figure's group set aside (they are pieces of the whole). */
function wholeOverParts(
  share: NumericEntry,
  at: number,
  whole: string[],
  kind: string,
  index: SearchIndex,
): { entry: NumericEntry; at: number } | undefined {
  const sole = soleWhole(share, at, whole, kind, index);
  if (sole) return sole;
  const found: { entry: NumericEntry; at: number }[] = [];
  index.kb.entries.forEach((e: Entry, i) => {
    if (i <= at && isWholeCandidate(e, share, kind, index, i, whole))
      found.push({ entry: e as NumericEntry, at: i });
  });
  const parts = new Set(
    found.flatMap((f) =>
      (index.groupsByTotal.get(f.entry.id) ?? []).flatMap((g) => (g.type === "parts" ? g.parts : [])),
    ),
  );
  const left = found.filter((f) => !parts.has(f.entry.id));
  const values = new Set(left.map((f) => `${f.entry.value} ${f.entry.unit}`));
  return values.size === 1 && parts.size > 0 ? left.at(-1) : undefined;
}

function isWholeCandidate(
  e: Entry,
  share: NumericEntry,
  kind: string,
  index: SearchIndex,
  i: number,
  whole: string[],
): boolean {
  if (
    !isNumeric(e) ||
    e.report !== share.report ||
    e.section !== share.section ||
    e.kind !== kind ||
    e.year !== share.year ||
    index.entryIsPlan[i] === 1 ||
    isNamedChange(e)
  )
    return false;
  const label = new Set(stems(e.label));
  return whole.every((s) => label.has(s));
}
