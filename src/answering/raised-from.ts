// "The guarantee standard was raised from 1,500 yuan to 1,750 yuan per person": a figure written as
// the end of a change "from A to B" in its sentence has A as the level it changed from, whatever
// year the report gives either. A growth rate asked of B is worked from that pair when the report
// gives no figure of the year before.
import { isNumeric, type Entry, type NumericEntry } from "../knowledge/schema.js";
import { escapeRegExp } from "../util/regexp.js";

/** The figure `e` changed from, written "from A to <e>" in its sentence in the same unit; else undefined. */
export function changedFrom(e: NumericEntry, entries: readonly Entry[]): NumericEntry | undefined {
  const m = new RegExp(String.raw`\bfrom\s+(.+?)\s+to\s+${escapeRegExp(e.written)}`).exec(e.sentence);
  const start = m?.[1];
  if (!start) return undefined;
  return entries.find(
    (x): x is NumericEntry =>
      isNumeric(x) &&
      x !== e &&
      x.sentence === e.sentence &&
      x.report === e.report &&
      x.kind === e.kind &&
      x.unit === e.unit &&
      x.written === start,
  );
}
