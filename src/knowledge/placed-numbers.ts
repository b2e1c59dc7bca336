// Section numbers an editor put in front of some headings only: a page whose sections are title
// lines of their own ("Overview:", "Rural Roads:") numbers a few of them with their place among the
// page's sections ("(4) Rain Plan" as the fourth section, "(6) Relocation" as the sixth), the
// others having lost their numbers in the scrape. Such a number is the title's place, so it agrees
// with the headings around it; a numbered list inside a section starts at 1 again wherever it
// stands ("(1) Roads", "(2) Wells" under the page's fifth section), so its numbers do not.

/** A numbered line standing alone whose text after the number is a title. */
export type NumberedTitleLine = { start: number; number: number; style: string };

/** The page's own title lines must be at least this many for its structure to be title lines. */
export const MIN_TITLE_LINES = 3;

/**
 * The numbered title lines that stand at their own place among the page's sections: each line's
 * number is one more than the headings before it (`headingStarts`: the other headings found, in any
 * order) and the numbered lines of its style before it. A style is taken whole or not at all: one
 * line out of place makes its style a list, not the page's numbering.
 */
export function placedNumberedTitles<T extends NumberedTitleLine>(
  candidates: readonly T[],
  headingStarts: readonly number[],
): T[] {
  if (headingStarts.length < MIN_TITLE_LINES) return [];
  const styles = new Map<string, T[]>();
  for (const c of [...candidates].sort((a, b) => a.start - b.start))
    styles.set(c.style, [...(styles.get(c.style) ?? []), c]);
  const sorted = [...headingStarts].sort((a, b) => a - b);
  return [...styles.values()]
    .filter((run) => run.every((c, i) => c.number === countBelow(sorted, c.start) + i + 1))
    .flat()
    .sort((a, b) => a.start - b.start);
}

/** How many of the ascending `sorted` are below `value` (a binary search: a page may have many headings). */
function countBelow(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
