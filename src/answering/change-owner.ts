// Which figure of a sentence a stated change on the previous year speaks of. English writes a change
// after its figure ("invested 6.254 billion Yuan, up 21.4% over the previous year, of which 2.718
// billion Yuan …"): the parts listed after the change did not grow by it. "Respectively" pairs a run
// of changes with as many figures before it, in order ("2,680 km of roads and 64 bridges, up 12.6%
// and 8.5% respectively"); "by N to M" gives the change before the figure it leads to.
import type { NumericEntry } from "../knowledge/schema.js";
import { sameCountedUnit } from "../knowledge/units.js";

/** A figure of a sentence, where it is written, and whether it is a stated change. */
export type WrittenFigure = { entry: NumericEntry; at: number; end: number; change: boolean };

/** "… of the plan respectively": the word closes a list, a few words after its last item. */
export const RESPECTIVELY_AFTER = /^[^,;.]{0,40}\brespectively\b/i;
// "increased by 96 million Yuan to 516 million Yuan", "fell by 1.1 million, reaching 5.42 million".
const LEADS_TO = /^\s*(?:over the previous year\s*)?,?\s*(?:to|reaching|reached|and reached)\s+$/i;

/**
 * Whether the change at `c` speaks of the figure at `f` (both indices into `figures`, in reading
 * order). A change with no figure before it speaks of any figure of its sentence, as the report
 * gives no other clue.
 */
export function speaksOf(figures: readonly WrittenFigure[], c: number, f: number): boolean {
  const change = figures[c]!;
  const figure = figures[f]!;
  if (!change.change || figure.change) return false;
  // A run of changes closed by "respectively": the i-th change is of the i-th figure before the run.
  const [start, stop] = changeRun(figures, c);
  const sentence = change.entry.sentence;
  const closing = sentence.slice(figures[stop - 1]!.end, figures[stop]?.at ?? sentence.length);
  if (stop - start >= 2 && RESPECTIVELY_AFTER.test(closing)) {
    const before = figures.slice(0, start).filter((x) => !x.change);
    const run = before.slice(-(stop - start));
    return run.length === stop - start && run[c - start] === figure;
  }
  // "by N to M": the figure right after the change is what it led to.
  const next = figures[stop];
  if (next && LEADS_TO.test(sentence.slice(figures[stop - 1]!.end, next.at))) return next === figure;
  // No figure before the change ("reduced the poor population by 1.126 million, and the number fell
  // to 5.42 million"): the first figure after it, of its unit (a rate: of any but a percentage), in
  // one sentence ("… by 25%, and … in history. 70% of the funds …" is two).
  if (!figures.slice(0, c).some((x) => !x.change)) {
    const first = figures.findIndex((x, i) => i > c && !x.change);
    return (
      first === f &&
      (change.entry.kind === "percent"
        ? figure.entry.kind !== "percent"
        : sameCountedUnit(figure.entry.unit, change.entry.unit)) &&
      !/[.;]\s/.test(sentence.slice(change.end, figure.at))
    );
  }
  // Else the last figure of each kind before the change.
  if (f > c) return false;
  return !figures.slice(f + 1, c).some((x) => !x.change && x.entry.kind === figure.entry.kind);
}

/** The run of consecutive changes `figures[i]` stands in, as [start, stop). */
export function changeRun(figures: readonly { change: boolean }[], i: number): [number, number] {
  let start = i;
  while (start > 0 && figures[start - 1]!.change) start--;
  let stop = i + 1;
  while (stop < figures.length && figures[stop]!.change) stop++;
  return [start, stop];
}
