// "How much aid did Guizhou get in 2011?" asked of a 2012 report: the report gives no figure of the
// year asked, only the next year's with its change ("212 million Yuan, up 18.4% over the previous
// year"). The year asked is then worked back from that figure and its change, as when the question
// names the change itself (compute.ts). Tried only when no figure answers directly, so a report that
// has the year's own figure answers with it.
import { type Derived, derive } from "./compute.js";
import { MIN_COVERAGE, type Scoring } from "./rank.js";
import type { SearchIndex } from "./search-index.js";
import type { Question } from "./understand.js";

/** The one year a plain figure question names, worked back from the next year's figure; else undefined. */
export function namedYearWorkedBack(q: Question, index: SearchIndex, scoring: Scoring): Derived | undefined {
  const year = q.years.length === 1 ? q.years[0] : undefined;
  if (year === undefined || q.derivation || q.form || q.passage || q.asksNames) return undefined;
  const derived = derive({ ...q, derivation: { type: "previous-year", year } }, index, scoring);
  return derived && derived.coverage >= MIN_COVERAGE ? derived : undefined;
}
