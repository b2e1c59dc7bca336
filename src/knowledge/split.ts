// Splits cleaned report text into its sections and each section into sentences. The series marks
// its sections 【like this】; pages without the marks are split where a reader sees a heading
// (see headings.ts), or at the titles a moderator gives in meta.json.
import { type NestingHeading, nestBulletedParts } from "./bullet-levels.js";
import { findHeadings, type Heading } from "./headings.js";

export type RawSection = { title: string; text: string; sentences: string[] };

/** How the sections were found: marks, the moderator's titles, headings a reader sees, or none (one section). */
export type SplitMethod = "marks" | "meta" | "headings" | "whole";

export type SplitOptions = {
  /** The report's title (meta.json): the page's first line when it says this is not a section. */
  reportTitle?: string | undefined;
  /** Section titles the moderator gave in meta.json, in order. */
  sections?: string[] | undefined;
  /** Section titles of the series' other reports: a heading that runs into its first sentence is found by them. */
  knownTitles?: readonly string[] | undefined;
};

export type SplitResult = {
  preamble: string;
  sections: RawSection[];
  method: SplitMethod;
  /** Why the split is not what a moderator might expect (nothing found, titles ignored). */
  warnings: string[];
  /** Titles of meta.json's `sections` that the text does not hold at the start of a line. */
  missing: string[];
};

/** The title of the one section of a report in which no section could be found. */
export const WHOLE_REPORT_TITLE = "Full text";

// The title may not hold another 【: otherwise every 【 of a long unclosed run would scan to the
// end of the text (quadratic); this way each scan stops at the next mark.
const SECTION_MARK = /【([^【】]+)】/g;

/** Sections by their 【marks】 only: what the series' pages carry. */
export function splitSections(cleaned: string): { preamble: string; sections: RawSection[] } {
  return cut(cleaned, withSubheadings(cleaned, markHeadings(cleaned)));
}

function markHeadings(cleaned: string): Heading[] {
  return [...cleaned.matchAll(SECTION_MARK)].map((m) => ({
    title: m[1]!.trim(),
    start: m.index!,
    bodyStart: m.index! + m[0].length,
  }));
}

/**
 * Sections however the page shows them: 【marks】 first; else the titles meta.json gives; else the
 * headings a reader would see; else the whole text as one section, with a warning.
 */
export function splitReport(cleaned: string, options: SplitOptions = {}): SplitResult {
  const marks = withSubheadings(cleaned, markHeadings(cleaned));
  if (marks.length > 0) {
    const warnings = options.sections?.length
      ? ['meta.json "sections" was not used: the text marks its sections with 【】']
      : [];
    // A page may mark some sections and give others as plain title lines (a scrape that lost some
    // of the marks): a heading line of its own between marks is a section too.
    // A title running into its sentence counts as it does on a page without marks: the rule
    // (sentence-case words up to a word that only starts a sentence) holds whatever else the page uses.
    const known = [...(options.knownTitles ?? []), ...marks.map((m) => m.title)];
    // A mark's sub-heading is no section of its own, however much it looks like a title.
    const subheadingLines = new Set(
      marks.flatMap((m) => (m.subheading ? [lineStart(cleaned, m.subheading.start)] : [])),
    );
    const plain = findHeadings(cleaned, {
      reportTitle: options.reportTitle,
      knownTitles: known,
      markedStarts: marks.map((m) => m.start),
    }).filter((h) => h.start > marks[0]!.start && !subheadingLines.has(lineStart(cleaned, h.start)));
    const headings = [...marks, ...plain].sort((a, b) => a.start - b.start);
    return { ...cut(cleaned, headings), method: "marks", warnings, missing: [] };
  }
  if (options.sections?.length) {
    const { headings, missing } = givenHeadings(cleaned, options.sections);
    return { ...cut(cleaned, headings), method: "meta", warnings: [], missing };
  }
  const headings = findHeadings(cleaned, {
    reportTitle: options.reportTitle,
    knownTitles: options.knownTitles ?? [],
  });
  const found = cut(cleaned, nestBulletedParts(cleaned, headings));
  if (found.sections.length >= MIN_HEADINGS)
    return { ...found, method: "headings", warnings: [], missing: [] };
  const text = flatten(cleaned);
  return {
    preamble: "",
    sections: text ? [{ title: WHOLE_REPORT_TITLE, text, sentences: splitSentences(text) }] : [],
    method: "whole",
    warnings: [
      `no sections found (no 【】 marks, no heading lines, no "sections" in meta.json): loaded as one section "${WHOLE_REPORT_TITLE}"; add "sections": [titles in order] to meta.json to split it`,
    ],
    missing: [],
  };
}

// One heading alone is more likely a stray short line than the page's structure.
const MIN_HEADINGS = 2;

/** Each given title where it starts a line, in order, searching on from the previous one. */
function givenHeadings(cleaned: string, titles: string[]): { headings: Heading[]; missing: string[] } {
  const headings: Heading[] = [];
  const missing: string[] = [];
  let from = 0;
  for (const title of titles) {
    const at = lineStartIndexOf(cleaned, title.trim(), from);
    if (at < 0) {
      missing.push(title);
      continue;
    }
    headings.push({ title: title.trim(), start: at, bodyStart: at + title.trim().length });
    from = at + title.trim().length;
  }
  return { headings, missing };
}

/** The first index at or after `from` where `needle` starts a line (after its indentation), or -1. */
function lineStartIndexOf(text: string, needle: string, from: number): number {
  for (let i = text.indexOf(needle, from); i >= 0; i = text.indexOf(needle, i + 1)) {
    let j = i;
    while (j > 0 && (text[j - 1] === " " || text[j - 1] === "\t")) j--;
    if (j === 0 || text[j - 1] === "\n") return i;
  }
  return -1;
}

/** Where a mark's sub-heading line stands in the cleaned text. */
type Span = { start: number; end: number };
type MarkHeading = NestingHeading & { subheading?: Span | undefined };

/** Where the line starts whose first visible character is at `index` (its indentation walked back over). */
function lineStart(text: string, index: number): number {
  let i = index;
  while (i > 0 && (text[i - 1] === " " || text[i - 1] === "\t")) i--;
  return i;
}

// A section may open with a sub-heading on a line of its own between its mark and its first
// sentence ("【Pairing assistance】", then "East-west cooperation and aid to Tibet", then "In 2012,
// …"): the section is still the mark's, and the sub-heading is a sentence of its own, not the
// start of the first one (it has no full stop to end it). The line is one without the punctuation
// that ends or joins a sentence, and more text follows it before the next mark.
const SUBHEADING_MAX_WORDS = 20;
const SENTENCE_END = /[.。!?！？;；:：,，][”"’]?$/;

function withSubheadings(cleaned: string, marks: Heading[]): MarkHeading[] {
  return marks.map((mark, i) => {
    const end = marks[i + 1]?.start ?? cleaned.length;
    const subheading = subheadingAfter(cleaned, mark.bodyStart, end);
    return subheading ? { ...mark, subheading } : mark;
  });
}

function subheadingAfter(cleaned: string, from: number, end: number): Span | undefined {
  // Only white space may follow the mark on its line (scanned no further than the section's end,
  // so a long line of marks costs no more than its length).
  let at = from;
  while (at < end && cleaned[at] !== "\n" && /\s/.test(cleaned[at]!)) at++;
  if (at >= end || cleaned[at] !== "\n") return undefined;
  // The next line that is not blank, without the white space around it.
  while (at < end && /\s/.test(cleaned[at]!)) at++;
  let stop = at;
  while (stop < end && cleaned[stop] !== "\n") stop++;
  while (stop > at && /\s/.test(cleaned[stop - 1]!)) stop--;
  const text = cleaned.slice(at, stop);
  if (!text || SENTENCE_END.test(text) || text.split(/\s+/).length > SUBHEADING_MAX_WORDS) return undefined;
  // The body must follow: a line alone before the next mark is the section's text, not its heading.
  if (cleaned.slice(stop, end).trim() === "") return undefined;
  return { start: at, end: stop };
}

/** Sections between consecutive headings; one with no text (a heading right before another) is dropped. */
function cut(cleaned: string, headings: MarkHeading[]): { preamble: string; sections: RawSection[] } {
  const preamble = (headings[0] ? cleaned.slice(0, headings[0].start) : cleaned).trim();
  const sections = headings
    .map((h, i) => {
      const end = headings[i + 1]?.start ?? cleaned.length;
      if (h.parts) return withParts(cleaned, h, h.parts, end);
      const text = flatten(cleaned.slice(h.bodyStart, end));
      if (!h.subheading) return { title: h.title, text, sentences: splitSentences(text) };
      const subheading = flatten(cleaned.slice(h.subheading.start, h.subheading.end));
      const body = flatten(cleaned.slice(h.subheading.end, end));
      return { title: h.title, text, sentences: [subheading, ...splitSentences(body)] };
    })
    .filter((s) => s.text.length > 0);
  return { preamble, sections };
}

/**
 * A section holding titled parts (bullet-levels.ts): its text runs on through them, each part's
 * title a sentence of its own (it has no full stop to end it), its bullet left out.
 */
function withParts(cleaned: string, h: Heading, parts: readonly Heading[], end: number): RawSection {
  const pieces: string[] = [];
  const sentences: string[] = [];
  const body = (from: number, to: number) => {
    const text = flatten(cleaned.slice(from, to));
    if (!text) return;
    pieces.push(text);
    sentences.push(...splitSentences(text));
  };
  body(h.bodyStart, parts[0]!.start);
  parts.forEach((part, i) => {
    pieces.push(part.title);
    sentences.push(part.title);
    body(part.bodyStart, parts[i + 1]?.start ?? end);
  });
  return { title: h.title, text: pieces.join(" "), sentences };
}

// Every run of white space is one space, except the thin space inside a space-grouped number
// ("417 000", spaced-thousands.ts), which keeps the number one.
const flatten = (text: string) => text.replace(/[^\S\u2009]+/g, " ").trim();

// A sentence ends at . ! or ? followed by space and a capital letter, a digit or opening quote, except
// after abbreviations that precede numbers or names ("No. 21", "Mr. Li").
const ABBREVIATIONS = new Set(["No", "Mr", "Mrs", "Dr", "St", "etc", "Co", "Ltd", "e.g", "i.e", "vs"]);

/** A short sentence opened by an ordinal word, with no figure: the title of a listed item. */
const ORDINAL_TITLE =
  /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth),\s+[^\d,;:!?]{1,80}\.$/;

export function splitSentences(text: string): string[] {
  return joinItemTitles(text, sentenceSpans(text));
}

// A numbered item's title ("2. East-west cooperation.", "(3) Charity donations.") names what the
// item's sentence is about and has no figure of its own: read alone it is a sentence that says
// nothing, and the figures after it lose the words a reader takes from it. It joins the sentence
// that follows it. A title is short, holds no digit, comma or semicolon, and comes right after a
// list marker (at its own start or at the end of the sentence before it).
const ITEM_MARKER_START = /^[(（]?\d{1,2}[.)）、]\s+/;
const ITEM_MARKER_END = /(?:^|\s)[(（]?\d{1,2}[.)）、]$/;
const ITEM_TITLE = /^[\p{Lu}“"‘][^\d,;:!?]{1,80}\.$/u;
const ITEM_TITLE_MAX_WORDS = 10;

function isItemTitle(sentence: string, before: string | undefined): boolean {
  const marked = ITEM_MARKER_START.test(sentence);
  if (!marked && !(before !== undefined && ITEM_MARKER_END.test(before))) return false;
  const title = sentence.replace(ITEM_MARKER_START, "");
  return ITEM_TITLE.test(title) && title.split(/\s+/).length <= ITEM_TITLE_MAX_WORDS;
}

/**
 * The title of the numbered item a sentence opens with ("East-west cooperation" in "East-west
 * cooperation. Zhejiang Province provided …" after "2."), or undefined: the words a reader reads
 * every figure of the item under.
 */
export function itemTitleOf(
  sentence: string,
  before: string | undefined,
): { title: string; bodyStart: number } | undefined {
  const m = /\.\s+(?=\S)/.exec(sentence);
  if (!m) return undefined;
  const head = sentence.slice(0, m.index + 1);
  if (!isItemTitle(head, before)) return undefined;
  const title = head
    .replace(ITEM_MARKER_START, "")
    .slice(0, -1)
    .replace(/^[“"‘](.*)[”"’]$/u, "$1");
  return { title, bodyStart: m.index + m[0].length };
}

function joinItemTitles(text: string, spans: { start: number; end: number }[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    const sentence = text.slice(span.start, span.end);
    const next = spans[i + 1];
    const before = i > 0 ? text.slice(spans[i - 1]!.start, spans[i - 1]!.end) : undefined;
    if (next && isItemTitle(sentence, before)) {
      out.push(text.slice(span.start, next.end));
      i++;
      continue;
    }
    out.push(sentence);
  }
  return out.filter((s) => s.length > 0);
}

function sentenceSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  // A sentence may open with its figure ("21,380 households moved into new houses"): a digit
  // starts one as a capital does (a figure after an abbreviation, "No. 8", stays in its sentence;
  // a list marker, "2.", is no figure).
  for (const m of text.matchAll(/[.!?]["”’]?\s+(?=[A-Z“"‘(]|\d(?!\d*[.)）、](?:\s|$)))/g)) {
    const end = m.index! + m[0].trimEnd().length;
    const lastWord = wordBefore(text, start, m.index!);
    if (ABBREVIATIONS.has(lastWord.replace(/^.*[^A-Za-z.]/, ""))) continue;
    // "Second, fixed-point poverty alleviation was strengthened. 38 central units provided …": an
    // item's title opened by an ordinal word stays with the figures of its item, whether the next
    // sentence opens on a figure or on its subject ("Second, the east-west cooperation was
    // deepened. The six paired cities provided N Yuan …": the aid is the cooperation's).
    // Nor does a list marker ("… in the key counties. 2. 150 provincial organs …"): the figure
    // after it opens the item's sentence, which keeps its marker.
    const digitNext = /\d/.test(text[m.index! + m[0].length]!);
    if (ORDINAL_TITLE.test(text.slice(start, end)) || (digitNext && /^[(（]?\d{1,2}$/.test(lastWord)))
      continue;
    out.push(trimmed(text, start, end));
    start = m.index! + m[0].length;
  }
  out.push(trimmed(text, start, text.length));
  return out.filter((s) => s.end > s.start);
}

/** The span from `start` to `end` without the white space at either end. */
function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  let a = start;
  let b = end;
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return { start: a, end: b };
}

// The word ending at `end` (not before `from`), found by walking back to the previous space: the
// text before it is not split again for every candidate end, which was quadratic in a long run
// of abbreviations ("No. A No. A …").
function wordBefore(text: string, from: number, end: number): string {
  let i = end;
  while (i > from && !/\s/.test(text[i - 1]!)) i--;
  return text.slice(i, end);
}
