// The sizes the knowledge loader accepts. Everything it does is linear in the text, but a report
// far beyond any real one would still take memory and time in proportion (a figure per number,
// each with its sentence and clause): these bounds keep a bad file from doing that, and each
// refusal names the limit it hit. The real report: 21 KB, longest line 2,980 characters,
// longest sentence 804 characters, 112 figures.

/** Any file the loader reads (report text, meta, annotations, facts): the bound of an uploaded bundle too. */
export const FILE_MAX_BYTES = 2 * 1024 * 1024;
/** One line of a report's text file. */
export const LINE_MAX_CHARS = 20_000;
/** One sentence of a cleaned report (sentences are what entries quote). */
export const SENTENCE_MAX_CHARS = 5_000;
/** Figures (entries) in one report, extracted or from a facts file. */
export const FIGURES_MAX_PER_REPORT = 10_000;
/** Building new knowledge off the main thread is abandoned after this long. */
export const BUILD_TIMEOUT_MS = 60_000;

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 2)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}
