// A section is named by its report and title together (two reports may each have an "Overview"),
// a sentence by its section and its text. Every map keyed by section or sentence builds its key
// here. NUL joins the parts because no title or sentence of a report contains it.

export const sectionKey = (report: string, title: string): string => `${report}\u0000${title}`;

export const sentenceKey = (report: string, section: string, sentence: string): string =>
  `${sectionKey(report, section)}\u0000${sentence}`;
