// "How much had been put in by the end of December?" of a report that gives the funds put in "as of
// October 31": a running total is a figure of its cut-off day, and the report says nothing of what
// it had grown to two months later. A question that asks a figure as of one month is not answered
// by a figure its sentence dates as of another.
import type { Entry } from "../knowledge/schema.js";
import { MONTH_NAMES, YEAR } from "../text/years.js";

// A month by its name or the short form people type ("oct", "sept", "dec"), as a whole word:
// "by decreasing" is no December.
const MONTH = `(?:${MONTH_NAMES.map((n) => n.toLowerCase()).join("|")}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)`;
// The words that make a date a cut-off: "as of", "by (the end of)", "until", "up to".
const CUT_OFF_WORDS = String.raw`\b(?:as of|as at|by|until|till|up to|through)\s+(?:the\s+)?(?:end\s+of\s+)?`;
const CUT_OFF = new RegExp(`${CUT_OFF_WORDS}(${MONTH}\\b|the year\\b|${YEAR}\\b)`, "i");

/** The month (0–11) a text dates a running figure at ("as of October 31", "by the end of 2011": 11). */
export function cutOffMonth(text: string): number | undefined {
  const m = CUT_OFF.exec(text);
  if (!m) return undefined;
  const word = m[1]!.toLowerCase();
  // "By the end of the year / of 2011": December. ("By 2011" alone is a year, not a cut-off.)
  if (!/^[a-z]/.test(word) || word === "the year") return /end\s+of/i.test(m[0]) ? 11 : undefined;
  const at = MONTH_NAMES.findIndex((n) => n.toLowerCase().startsWith(word.slice(0, 3)));
  return at < 0 ? undefined : at;
}

/** Whether the question asks a figure as of another cut-off than the one `e`'s sentence gives it. */
export function ofAnotherCutOff(english: string, e: Entry): boolean {
  const asked = cutOffMonth(english);
  if (asked === undefined) return false;
  const stated = cutOffMonth(e.sentence);
  return stated !== undefined && stated !== asked;
}

// How close a figure dated as asked must rank to the undated best one to be taken before it: about
// equally well matched, not a weaker figure lifted by its date alone.
const DATED_NEAR = 0.9;

/**
 * "Had the pilots reached 600 villages by the end of 2011?" where the report gives the villages the
 * pilots were launched in that year ("launched in 145 villages") and, dated, the running total ("As
 * of the end of December, … involving 500 villages"): a question dated by a cut-off asks the figure
 * as of that cut-off, and of two figures matched about equally, the one whose sentence gives that very
 * cut-off is it; the undated one is a year's flow. `ranked` is best first; undefined: keep the best.
 */
export function datedAsAsked<R extends { entry: Entry; rank: number }>(
  english: string,
  ranked: readonly R[],
): R | undefined {
  const asked = cutOffMonth(english);
  const top = ranked[0];
  if (asked === undefined || !top || cutOffMonth(top.entry.sentence) !== undefined) return undefined;
  const unit = "unit" in top.entry ? top.entry.unit : undefined;
  return ranked.find(
    (r) =>
      r !== top &&
      r.rank >= DATED_NEAR * top.rank &&
      ("unit" in r.entry ? r.entry.unit : undefined) === unit &&
      cutOffMonth(r.entry.sentence) === asked,
  );
}
