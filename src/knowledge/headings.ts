// Section headings of a page without 【】 marks, found the way a reader finds them:
//  - a short line on its own, without the punctuation that ends or joins a sentence ("Rain Plan");
//  - a title that runs into its first sentence on one line ("Overview In 2012, the province …", or
//    glued to it where the scrape lost the break: "Drinking water safetyIn 2011, …"):
//    a title the series uses elsewhere (the loaded reports' section titles), or a short phrase in
//    sentence case followed by a capitalised word that only starts a sentence ("In", "The", …),
//    which English prose never puts in the middle of one;
//  - a line of its own closed by a colon or a full stop ("Rain Plan:", "Rain Plan."), its words a
//    phrase with no verb;
//  - a short noun phrase closed by a full stop, colon or dash at the start of a paragraph
//    ("Industrial poverty alleviation. In 2013, …"): a phrase with no verb is a title, not a sentence.
//  - a title after the page's section number ("IV. Relocation", "(2) Rain Plan"), standing alone or
//    running into its sentence, when the page numbers its sections 1, 2, 3, … (heading-numbers.ts),
//    or after a Chinese section numeral ("三、Relocation") whether or not the others are numbered.
// The page's first line is its title, not a section, when it is a heading-shaped line of its own.
import { getOrInsertComputed } from "../util/maps.js";
import {
  isChineseStyle,
  isNumberOnly,
  type NumberedLine,
  numberedLine,
  sectionNumbering,
} from "./heading-numbers.js";
import { hyphened } from "./label-phrases.js";
import { tagSentence } from "./nlp.js";
import { MIN_TITLE_LINES, placedNumberedTitles } from "./placed-numbers.js";

export type Heading = { title: string; start: number; bodyStart: number };

export type HeadingOptions = {
  reportTitle?: string | undefined;
  knownTitles: readonly string[];
  /**
   * Where the page's sections marked some other way start (its 【】 marks): they count among the
   * sections a numbered title line's number is its place in ("（7）Rural roads" after six
   * marked sections).
   */
  markedStarts?: readonly number[] | undefined;
};

/** A heading line is at most this long: a title, not a sentence that lost its full stop. */
const HEADING_MAX_CHARS = 80;
const HEADING_MAX_WORDS = 10;
// A longer line is a title only in Title Case ("Pilot Work on Poverty Alleviation in the Luliang
// Mountain Contiguous Area"): a sentence that lost its full stop is not written that way, while a
// short one may be ("Rain Plan" and "Rain plan" are both titles).
const TITLE_CASE_MAX_CHARS = 120;
const TITLE_CASE_MAX_WORDS = 16;
/** A title that runs into its sentence is at most this many words (the series' longest is 8). */
const RUN_IN_MAX_WORDS = 8;

// Words that start a sentence of a report and are never capitalised mid-sentence: closed-class
// English words (articles, prepositions, pronouns, conjunctions), not any report's vocabulary.
const SENTENCE_STARTERS = new Set(
  (
    "A An The This These That Those It Its In On At By For From To With Within Without Over Under " +
    "During Since After Before Through Throughout As According Among Besides Despite Following " +
    "Meanwhile Moreover Furthermore However Also Altogether Overall There Since Until While When " +
    "Based Compared Thanks Upon We Our"
  ).split(" "),
);

export function findHeadings(cleaned: string, options: HeadingOptions): Heading[] {
  const known = [...new Set(options.knownTitles.map((t) => t.trim()).filter(Boolean))].sort(
    (a, b) => b.length - a.length,
  );
  let page: PageWords | undefined;
  const words = () => (page ??= pageWords(cleaned));
  const lines = pageLines(cleaned);
  // A title after a section number: a line of its own, running into its first sentence, or closed
  // by its own full stop or colon ("(3) Rain Plan. In 2013, …"); `length`: the title and its stop.
  const numberedTitle = (
    n: NumberedLine,
    firstToken: number,
  ): { title: string; length: number } | undefined => {
    if (isHeadingLine(n.rest) || glossedTitle(n.rest)) return { title: n.rest, length: n.rest.length };
    const stopped = fullStopHeadingLine(n.rest);
    if (stopped) return { title: stopped, length: n.rest.length };
    const runIn = runInOrTitleCase(n.rest, known, firstToken + 1, words);
    return runIn ? { title: runIn, length: runIn.length } : fullStopRunIn(n.rest);
  };
  const tokenOf = new Map(lines.map((l) => [l.start, l.firstToken]));
  const numberedLines = lines.map((l) => numberedLine(l.line, l.start));
  const listed = numberedListItems(numberedLines);
  // A numbered title followed by a figure is a table's row ("1 Lhasa", then "1,230"): a ranking, not a section.
  const rowLabels = new Set(lines.flatMap((l, i) => (opensTable(lines, i) ? [l.start] : [])));
  const numbering = sectionNumbering(
    numberedLines.flatMap((n) => n ?? []),
    (n) =>
      !listed.has(n.start) &&
      !rowLabels.has(n.start) &&
      numberedTitle(n, tokenOf.get(n.start)!) !== undefined,
  );
  const numbered = new Map(
    (listInsideOneSection(numbering, lines) ? [] : numbering).map((n) => [n.start, n]),
  );
  // "三、Relocation for Poverty Alleviation": a Chinese section numeral marks a title even where the
  // page numbers only some of its sections (the run of numbers above is not needed): an English
  // page writes a numbered list inside a section in Arabic or Roman numbers, never in Chinese.
  const chineseNumbered = (line: string, start: number, firstToken: number) => {
    const n = numberedLine(line, start);
    return n && isChineseStyle(n.style) && numberedTitle(n, firstToken) ? n : undefined;
  };
  const loneNumbered = loneNumberedTitles(lines);
  const headings: Heading[] = [];
  // Numbered title lines standing alone that no rule above made a heading: headings when their
  // numbers are their places among the page's sections (placed-numbers.ts).
  const unplaced: (NumberedLine & { title: string })[] = [];
  lines.forEach(({ line, start, firstToken, marked }, i) => {
    // The page's own title: not a section of it.
    if (i === 0 && isTitleOfPage(line, options.reportTitle)) return;
    const n = numbered.get(start) ?? chineseNumbered(line, start, firstToken) ?? loneNumbered.get(start);
    if (n) {
      const { title, length } = numberedTitle(n, firstToken)!;
      headings.push({ title: title.replace(/\s+/g, " "), start, bodyStart: n.restStart + length });
      return;
    }
    // A table flattened to a cell a line ("Funds by source", "Central funds", "2.1", …): its
    // caption and row labels are short title-like lines, but no section's.
    if (opensTable(lines, i)) return;
    if (CAPTION_LINE.test(line)) return;
    if (isHeadingLine(line) || (marked !== undefined && bulletedCommaTitle(line))) {
      headings.push({ title: line, start, bodyStart: start + line.length });
      return;
    }
    const colonTitle =
      (!leadsList(lines, i) && colonHeadingLine(line)) ||
      fullStopHeadingLine(line) ||
      bracketedTitle(line) ||
      glossedTitle(line);
    if (colonTitle) {
      headings.push({ title: colonTitle, start, bodyStart: start + line.length });
      return;
    }
    const runIn = runInOrTitleCase(line, known, firstToken, words);
    if (runIn) {
      headings.push({ title: runIn.replace(/\s+/g, " "), start, bodyStart: start + runIn.length });
      return;
    }
    const stopped = fullStopRunIn(line);
    if (stopped) {
      headings.push({ title: stopped.title, start, bodyStart: start + stopped.length });
      return;
    }
    const standing = numberedLine(line, start);
    // A decimal number ("2.3") is a place in an outline, not among the page's sections.
    const standingTitle =
      standing &&
      !isChineseStyle(standing.style) &&
      standing.parent === undefined &&
      ownLineTitle(standing.rest);
    if (standingTitle) unplaced.push({ ...standing, title: standingTitle });
  });
  const placed = placedNumberedTitles(unplaced, [
    ...headings.map((h) => h.start),
    ...(options.markedStarts ?? []),
  ]).map((n) => ({ title: n.title, start: n.start, bodyStart: n.start + lineLength(cleaned, n.start) }));
  const sorted = placed.length ? [...headings, ...placed].sort((a, b) => a.start - b.start) : headings;
  const all = withNumberAbove(sorted, lines);
  // A bulleted heading starts at its bullet, so the bullet is not left at the end of the section before.
  const bulletAt = new Map(
    lines.flatMap((l) => (l.marked === undefined ? [] : [[l.start, l.marked] as const])),
  );
  return bulletAt.size ? all.map((h) => ({ ...h, start: bulletAt.get(h.start) ?? h.start })) : all;
}

/**
 * "Part 2" or "二、资金投入" on a line of its own, then "Funds Input" and its text: a number above a
 * title, or the title's Chinese original (a translated page keeps both), is the title's, so its
 * heading starts there and the section before does not end in it. The title keeps its English
 * words, as a title after its number on one line does.
 */
function withNumberAbove(headings: Heading[], lines: readonly PageLine[]): Heading[] {
  const lineAt = new Map(lines.map((l, i) => [l.start, i]));
  return headings.map((h) => {
    const above = lines[(lineAt.get(h.start) ?? 0) - 1];
    if (!above || above.marked !== undefined) return h;
    return isNumberOnly(above.line) || CHINESE_TITLE_LINE.test(above.line) ? { ...h, start: above.start } : h;
  });
}

// A short line of Chinese words, maybe numbered, with no sentence stop: a title in Chinese
// ("二、资金投入", "（三）雨露计划"). A Chinese sentence ends in "。" or runs longer.
const CHINESE_TITLE_LINE =
  /^(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）、．.]?[ \t]*)?\p{Script=Han}[\p{Script=Han}、 \t]{0,24}$/u;

/**
 * "资金投入 Funds Input": a title that gives its Chinese original before its English words, as a
 * bilingual page does. The English words must be a title of their own; the title is the whole line.
 */
export function glossedTitle(line: string): string | undefined {
  const m = /^\p{Script=Han}[\p{Script=Han}、]{0,23}[ \t]*(?=\p{Lu})/u.exec(line);
  return m && isHeadingLine(line.slice(m[0].length)) ? line : undefined;
}

/**
 * Where the items of a numbered list of titles start: numbered title lines standing alone next to
 * another of the same style, with no text between them ("(1) Rural Roads", "(2) Drinking Water",
 * "(3) Power Supply"). A numbered section title is followed by its text. `numbered`: each page
 * line's number, if it has one.
 */
function numberedListItems(numbered: readonly (NumberedLine | undefined)[]): Set<number> {
  const titled = numbered.map((n) => (n && ownLineTitle(n.rest) ? n : undefined));
  const sameStyle = (a: NumberedLine | undefined, b: NumberedLine | undefined) =>
    a !== undefined && b !== undefined && a.style === b.style;
  return new Set(
    titled.flatMap((n, i) =>
      n && (sameStyle(n, titled[i - 1]) || sameStyle(n, titled[i + 1])) ? [n.start] : [],
    ),
  );
}

/**
 * Whether a numbering is a list inside one section of a page whose sections are plain title lines
 * ("Overview", "Funds Input", "Rain Plan", … and under one of them "(1) Roads. The province built
 * …", "(2) Training. …", "(3) Water. …"): every numbered item runs into its sentence on its line,
 * every one stands between the same two title lines, and the title lines outnumber them. A page's
 * own numbering spreads over the page: plain title lines (unnumbered sections, sub-headings) stand
 * between its numbers, or they are fewer than its sections (a line or two of header or footer).
 * Numbered titles on lines of their own between two title lines ("Investment of Funds", then "(1)
 * Entire Village Advancement", its paragraph, "(2) Rain Plan", …) are a page numbering some of its
 * sections and not others, and stay sections.
 */
function listInsideOneSection(run: readonly NumberedLine[], lines: readonly PageLine[]): boolean {
  if (run.length === 0 || run.some((n) => ownLineTitle(n.rest))) return false;
  // The page's first line is its title, not a section.
  const titleStarts = lines
    .slice(1)
    .filter((l) => !numberedLine(l.line, l.start) && ownLineTitle(l.line))
    .map((l) => l.start);
  if (titleStarts.length <= run.length) return false;
  const first = run[0]!.start;
  const last = run[run.length - 1]!.start;
  const before = titleStarts.filter((s) => s < first).length;
  const between = titleStarts.some((s) => s > first && s < last);
  return before >= 1 && before < titleStarts.length && !between;
}

/**
 * "■ Monitoring, Registration and Publicity": a bulleted line in Title Case whose commas join its
 * words, with no verb, is a title naming several subjects; without the bullet such a line may be
 * a list of names ("Lhasa, Shigatse and Nyingchi"), and only the bullet says it is a heading.
 */
function bulletedCommaTitle(line: string): boolean {
  if (!line.includes(",") || !isHeadingLine(line.replaceAll(",", ""))) return false;
  const words = line.split(/\s+/);
  return (
    words.length <= HEADING_MAX_WORDS &&
    words.every((w) => /^\p{Lu}[\p{L}-]*,?$/u.test(w) || TITLE_CASE_SMALL.has(w)) &&
    isPhrase(line)
  );
}

/**
 * Whether the line at `i` closed by a colon introduces a list ("Main measures:" before "(1) The
 * province built …"): the next line is a list's first item, numbered 1 or bulleted, and a
 * sentence. A section's title closed by a colon is followed by its text.
 */
function leadsList(lines: readonly PageLine[], i: number): boolean {
  const next = lines[i + 1];
  if (!/[:：]$/.test(lines[i]!.line) || next === undefined) return false;
  const item = numberedLine(next.line, next.start);
  const bulleted = next.marked !== undefined || BULLET.test(next.line);
  const rest = item?.number === 1 ? item.rest : bulleted ? next.line.replace(BULLET, "") : undefined;
  return rest !== undefined && /[.;。；]$/.test(rest) && ownLineTitle(rest) === undefined;
}

// A figure on a line of its own, bare or with a word or two of unit: a cell of a flattened table
// ("2.1", "12,600", "18.6%", "10,000 persons").
// A list's number ("1. Roads") is no figure: a full stop in a figure has digits after it.
const FIGURE_CELL = /^[-+]?\d[\d,]*(?:\.\d+)?(?:[ \t]\d{3})*(?:[ \t]*[%％]|[ \t]+\p{L}+(?:[ \t]\p{L}+)?)?$/u;
/** A cell of a table's header or a unit ("Indicator", "Unit", "yuan"): a short line with no sentence punctuation. */
const SHORT_CELL_MAX_WORDS = 3;
const isShortCell = (line: string) =>
  !/[.,;:!?。，；：！？]/.test(line) && line.split(/\s+/).length <= SHORT_CELL_MAX_WORDS;

/**
 * Whether the line at `i` opens a table flattened to a cell a line: a figure follows it, right
 * after it (it is a row's label) or after one short cell (it is a caption or a header cell before
 * another, or a label before its unit: "Rural poor", "10,000 persons", "86.2"). A section's title
 * is followed by its text.
 */
function opensTable(lines: readonly PageLine[], i: number): boolean {
  const next = lines[i + 1]?.line;
  if (next === undefined) return false;
  if (FIGURE_CELL.test(next)) return true;
  const after = lines[i + 2]?.line;
  return after !== undefined && FIGURE_CELL.test(after) && isShortCell(next);
}

/** A title on a line of its own: plain ("Rain Plan"), closed by a colon or a full stop, or bracketed. */
const ownLineTitle = (line: string): string | undefined =>
  isHeadingLine(line) ? line : (colonHeadingLine(line) ?? fullStopHeadingLine(line) ?? bracketedTitle(line));

// "[Rain Plan]", "〖Rain Plan〗", "「Rain Plan」", "— Rain Plan —": a whole line in brackets, its words a title. The
// brackets set it apart as 【】 marks do; a sentence is never bracketed whole on a line of its own,
// while a note may be ("[Source: …]", "(unit: 10,000 yuan)"), which is no title. Book-title marks
// 《》 name a document, not a section.
// Dashes on both sides ("— Rain Plan —", "-- Rain Plan --") set a line apart the same way.
const BRACKETED_LINE =
  /^(?:\[([^[\]]+)\]|［([^［］]+)］|〖([^〖〗]+)〗|「([^「」]+)」|〔([^〔〕]+)〕|[—–-]{1,3}[ \t]*([^—–\s-][^—–]*?)[ \t]*[—–-]{1,3})$/u;
/** A bracketed line is at most a title's length and its marks: longer, it is no title (and no long line is scanned). */
const BRACKETED_MAX_CHARS = TITLE_CASE_MAX_CHARS + 8;
export function bracketedTitle(line: string): string | undefined {
  if (line.length > BRACKETED_MAX_CHARS) return undefined;
  const m = BRACKETED_LINE.exec(line);
  const inner = m
    ?.slice(1)
    .find((g) => g !== undefined)
    ?.trim();
  return inner !== undefined && isHeadingLine(inner) && !NOTE_LABELS.has(inner.toLowerCase())
    ? inner
    : undefined;
}

const lineLength = (text: string, start: number) => {
  const end = text.indexOf("\n", start);
  return (end < 0 ? text.length : end) - start;
};

/**
 * "3. Relocation of the Poor" on a line of its own, on a page whose other sections are plain title
 * lines ("Rain Plan", "Overview"): an editor numbered one heading and not the rest, so the number
 * opens no list. The title must stand alone on its line (a run-in sentence after a number is a list
 * item), and it must be the page's only numbered title line: two or more are a numbered list (or a
 * numbering heading-numbers.ts reads), whatever their styles.
 */
export function loneNumberedTitles(
  lines: readonly { line: string; start: number }[],
): Map<number, NumberedLine> {
  if (lines.filter((l) => ownLineTitle(l.line)).length < MIN_TITLE_LINES) return new Map();
  const titled = lines.flatMap((l) => {
    const n = numberedLine(l.line, l.start);
    return n && !isChineseStyle(n.style) && isHeadingLine(n.rest) ? [n] : [];
  });
  return titled.length === 1 ? new Map([[titled[0]!.start, titled[0]!]]) : new Map();
}

// A bullet glyph in front of a line ("■ Rain Plan", "◎ Funds: In 2013, …", or a hyphen or an
// asterisk set off by a space: "- Rain Plan", never "-3.2%"): the line is read without it, the way
// an unmarked line is. The glyphs are the geometric shapes, stars, arrows and reference marks
// Chinese pages set before headings and list items; none of them writes a word or a figure.
export const BULLET = /^(?:[■□●○◆◇▲△▼▽▪▫►▶◼◾◎◉⊙◈•★☆✦✧❖※➢➤➣→]|[-*·](?=[ \t]))[ \t]*/u;

type PageLine = { line: string; start: number; marked?: number; firstToken: number };
/**
 * The page's non-empty lines, trimmed and without a leading bullet, with where each starts, where
 * its bullet stands (`marked`) and its first word's place among the page's words. A bulleted title
 * standing alone next to another of the same bullet keeps its bullet: short bulleted phrases on
 * consecutive lines with no text between them are a list, while a bulleted section title is
 * followed by its text.
 */
function pageLines(cleaned: string): PageLine[] {
  const raws = cleaned.split("\n");
  const trimmed = raws.map((raw) => raw.trim());
  const filled = trimmed.flatMap((line, i) => (line ? [i] : []));
  // Each non-empty line's bullet glyph when it is a bulleted title standing alone ("● Roads").
  const bulletedTitle = filled.map((i) => {
    const bullet = BULLET.exec(trimmed[i]!)?.[0];
    return bullet !== undefined && ownLineTitle(trimmed[i]!.slice(bullet.length)) !== undefined
      ? bullet.trim()
      : undefined;
  });
  const out: PageLine[] = [];
  let token = 0;
  let k = 0;
  let offset = 0;
  raws.forEach((raw, i) => {
    const lineStart = offset;
    offset += raw.length + 1;
    const line = trimmed[i]!;
    if (!line) return;
    const start = lineStart + raw.indexOf(line);
    const bullet = BULLET.exec(line)?.[0];
    const rest = bullet ? line.slice(bullet.length) : "";
    // A list's items share their bullet: a title under another glyph after a list ("● Roads",
    // "● Power", then "■ Rain Plan" and its text) is the next section's.
    const glyph = bulletedTitle[k];
    const listItem =
      glyph !== undefined && (bulletedTitle[k - 1] === glyph || bulletedTitle[k + 1] === glyph);
    k++;
    if (bullet && rest && !listItem)
      out.push({
        line: rest,
        start: start + bullet.length,
        marked: start,
        firstToken: token + (/\s$/.test(bullet) ? 1 : 0),
      });
    else out.push({ line, start, firstToken: token });
    token += line.split(/\s+/).length;
  });
  return out;
}

// Where a title runs into its sentence its end is guessed; a guess that leaves a fragment of the
// sentence's opening words is not a title (isWholeNounPhrase).
const runInOrTitleCase = (
  line: string,
  known: readonly string[],
  firstToken: number,
  page: () => PageWords,
) => {
  const title =
    runInTitle(line, known) ??
    capitalsRunIn(line) ??
    titleCaseRunIn(line, firstToken, page) ??
    sentenceCaseRunIn(line, firstToken, page) ??
    figureRunIn(line);
  return title !== undefined && isWholeNounPhrase(title) ? title : undefined;
};

function isTitleOfPage(line: string, reportTitle: string | undefined): boolean {
  if (reportTitle && sameWords(line, reportTitle)) return true;
  return isHeadingLine(line);
}

const sameWords = (a: string, b: string) =>
  a.toLowerCase().replace(/\s+/g, " ").trim() === b.toLowerCase().replace(/\s+/g, " ").trim();

/** A short line on its own that reads as a title: capitalised, no sentence punctuation, not a list item. */
export function isHeadingLine(line: string): boolean {
  if (line.length < 2 || line.length > TITLE_CASE_MAX_CHARS) return false;
  if (!/^\p{Lu}/u.test(line)) return false;
  // Ends or joins sentences: a sentence, a clause, a label with its value ("Roads: 42 km"); commas
  // that list a title's topics are read by bulletedCommaTitle.
  if (/[.;:!?。，；：！？…]/.test(line)) return false;
  // A closing dash ends a title the way a colon does (colonHeadingLine reads it), or leaves a line unfinished.
  if (/[—–-]$/.test(line)) return false;
  // A figure on its own line (a table cell, a total) is data, not a title.
  if (/\d/.test(line)) return false;
  // A bulleted title may join its subjects with commas (bulletedCommaTitle); an unbulleted line
  // of them may be a list of names.
  if (line.includes(",")) return false;
  // A finite auxiliary makes a clause: a sentence that lost its full stop ("Villages were connected
  // to the grid"), which no title is written as.
  if (FINITE_AUXILIARY.test(line)) return false;
  const words = line.split(/\s+/);
  if (words.length <= HEADING_MAX_WORDS && line.length <= HEADING_MAX_CHARS) return true;
  return (
    words.length <= TITLE_CASE_MAX_WORDS && words.every((w) => capitalised(w) || TITLE_CASE_SMALL.has(w))
  );
}

const FINITE_AUXILIARY = /(?:^|\s)(?:is|are|was|were|has|have|had|will|would)(?=\s|$)/;

/** The title at the start of a line that runs on into its first sentence, or undefined. */
function runInTitle(line: string, known: readonly string[]): string | undefined {
  const own = starterRunIn(line);
  const title = known.find(
    (t) =>
      line.length > t.length + 1 &&
      line.startsWith(t) &&
      /^(?:\s+[\p{Lu}\d“"]|\p{Lu}\p{Ll})/u.test(line.slice(t.length)),
  );
  // A known title may be the start of a longer one whose next word is capitalised ("Rain Plan" of
  // "Rain Plan Training The annual task …"): the title ends where the sentence starts.
  if (title !== undefined && own !== undefined && own.length > title.length && own.startsWith(title))
    return own;
  return title ?? own;
}

/** The title before the first word that only starts a sentence ("Rain Plan In 2013, …"). */
function starterRunIn(line: string): string | undefined {
  // Words with where each ends: a scrape may leave two spaces (or a tab) between the title and its
  // sentence, and the title is the line up to its last word, whatever the spacing.
  const matches = [...line.matchAll(/\S+/g)];
  const words = matches.map((m) => m[0]);
  const upTo = (i: number) => line.slice(0, matches[i - 1]!.index! + words[i - 1]!.length);
  // Sentence case or title case: the first word capitalised, the next ones plain words of either
  // case ("Rain Plan", "Wuling Mountain Area development"); the title ends before the first word
  // that only starts a sentence. A capitalised closed-class word inside a title ("Work In Progress")
  // is rarer than a title that runs into "In 2012, …", so the first one ends the title.
  if (!/^\p{Lu}[\p{L}-]*$/u.test(words[0] ?? "")) return undefined;
  for (let i = 1; i <= Math.min(RUN_IN_MAX_WORDS, words.length - 2); i++) {
    const word = words[i]!;
    if (SENTENCE_STARTERS.has(word) || opensFrontedPhrase(words, i)) return upTo(i);
    // A scrape that lost the line break glues the title to its sentence ("Drinking water safetyIn 2011").
    const glued = /^(\p{L}[\p{Ll}-]*?)(\p{Lu}\p{Ll}*)$/u.exec(word);
    if (glued && SENTENCE_STARTERS.has(glued[2]!))
      return line.slice(0, matches[i]!.index! + glued[1]!.length);
    if (!/^\p{L}\p{Ll}*(?:-\p{L}\p{Ll}*)*$/u.test(word)) return undefined;
  }
  return undefined;
}

/**
 * Whether the capitalised word at `i` opens a sentence with a fronted phrase ("Rural Tourism Across
 * the province, 126 villages …", "Of the total, …"): the tagger reads it as a preposition or a
 * subordinating conjunction and the first word after it that Title Case would capitalise is lower
 * case or a figure. A preposition inside a Title Case title is followed by capitals ("Poverty
 * Alleviation Across the Mountain Areas"), so SENTENCE_STARTERS need not list every preposition.
 */
function opensFrontedPhrase(words: readonly string[], i: number): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(words[i]!)) return false;
  let j = i + 1;
  while (j < words.length && TITLE_CASE_SMALL.has(words[j]!)) j++;
  if (!/^[\p{Ll}\d]/u.test(words[j] ?? "")) return false;
  return OPENS_FRONTED.has(tagSentence(words.slice(i, j + 1).join(" "))[0]?.pos ?? "");
}

/**
 * A title in capitals running into its sentence ("RURAL ROADS AND WATER Across the province, …",
 * "RAIN PLAN In 2013, …"): two or more words in capitals, then a word in mixed case that opens the
 * sentence. One capitalised word is an abbreviation ("RMB 4.26 billion", "CPC Central Committee").
 */
const CAPS_WORD = /^[\p{Lu}][\p{Lu}&-]*$/u;
function capitalsRunIn(line: string): string | undefined {
  const matches = [...line.matchAll(/\S+/g)];
  const words = matches.map((m) => m[0]);
  let n = 0;
  while (n < words.length && CAPS_WORD.test(words[n]!)) n++;
  if (n < 2 || n > RUN_IN_MAX_WORDS || !words.slice(0, n).some((w) => w.length >= 4)) return undefined;
  if (!/^\p{Lu}\p{Ll}/u.test(words[n] ?? "") || !/[.!?]/.test(line)) return undefined;
  return line.slice(0, matches[n - 1]!.index! + words[n - 1]!.length);
}

// A phrase of up to RUN_IN_MAX_WORDS words of letters closed by a full stop (a Chinese one, "。",
// where the translator kept the original's) or a colon, then the
// capitalised start of the paragraph's first sentence.
// A dash closes it as well: an em or en dash with or without spaces ("Education — In 2013, …",
// "Education—In 2013, …"), a hyphen only set off by spaces ("Well-off villages" is one phrase).
const STOPPED_PHRASE =
  /^(\p{Lu}[\p{L}-]*(?:[ \t]+[\p{L}-]+){0,7})(?:[.:：。]|[ \t]*[—–]|[ \t]+-{1,2})[ \t]*(?=[\p{Lu}“"])/u;
/** Parts of speech that make a phrase a sentence rather than a title. */
const CLAUSE_POS = new Set(["VERB", "AUX", "PRON"]);

// The labels of a table's or a figure's notes ("Source: Provincial Bureau of Statistics", "Notes:
// The figures are preliminary"): a caption's line, not a section's title running into its text.
const NOTE_LABELS = new Set(["source", "sources", "data source", "data sources", "note", "notes", "remarks"]);

// A caption under or over a picture or a table: a word naming what it captions, then its number,
// a colon or a full stop, "by" or "of", or nothing ("Photo by Wang Lin", "Table: Funds by Source",
// "Chart. Funds by county", "Map of the Contiguous Areas"). It is a short title-like line, but no
// section's: a report's sections are about its work, not about its illustrations.
const CAPTION_LINE =
  /^(?:Table|Figure|Fig|Chart|Graph|Photo|Photograph|Picture|Map|Diagram)s?(?:\.?[ \t]*\d|[ \t]*[:：.]|[ \t]+(?:by|of)(?=[ \t])|$)/u;

/**
 * "Industrial poverty alleviation. In 2013, …": a paragraph that opens with a phrase closed by a
 * full stop, the phrase a title when it has no verb (a sentence that short has one: "Work went
 * well."). A lone word must be a word of some length that does not open sentences ("Overview.",
 * not "Meanwhile."); abbreviations ("Mr.", "No.") are shorter. `length`: the title and its stop.
 */
function fullStopRunIn(line: string): { title: string; length: number } | undefined {
  const m = STOPPED_PHRASE.exec(line);
  if (!m) return undefined;
  const words = m[1]!.split(/\s+/);
  if (words.length === 1 && (words[0]!.length < 5 || SENTENCE_STARTERS.has(words[0]!))) return undefined;
  if (NOTE_LABELS.has(m[1]!.toLowerCase()) || !isPhrase(m[1]!)) return undefined;
  // A dash also opens an aside inside a sentence ("The county—its largest—built …"): before a dash
  // the phrase is a title only when it does not open with a word that starts sentences.
  if (/[—–-][ \t]*$/.test(m[0]!) && SENTENCE_STARTERS.has(words[0]!)) return undefined;
  return { title: words.join(" "), length: m[0]!.length };
}

// A word hyphened to its neighbour ("Industrialisation-based", "government-led") is part of a
// compound modifier, not the phrase's verb, whatever the tagger makes of it.
const isPhrase = (text: string) => {
  const tokens = tagSentence(text);
  return !tokens.some((t, i) => CLAUSE_POS.has(t.pos) && !hyphened(tokens, i));
};

// A title is a whole noun phrase. The opening words of a sentence cut where a guessed title would
// end are not: a phrase fronted by a preposition or a conjunction ("Across the 58 poor counties,
// …", "Under the plan …", "As the …") or one that stops on a word that needs the words after it (a
// determiner, preposition, conjunction or auxiliary: "Across the | 58 poor counties").
const OPENS_FRONTED = new Set(["ADP", "SCONJ"]);
const NEEDS_MORE = new Set(["DET", "ADP", "CCONJ", "SCONJ", "PART", "AUX"]);
export function isWholeNounPhrase(text: string): boolean {
  const tokens = tagSentence(text);
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  return first !== undefined && !OPENS_FRONTED.has(first.pos) && !NEEDS_MORE.has(last!.pos);
}

/**
 * "Industrial Poverty Alleviation:" on a line of its own: a title closed by a colon, as a word
 * processor's headings often are, or by a dash ("Industrial Poverty Alleviation —"), a dash set off
 * by a space when it is a hyphen. A sentence that introduces a list ends that way too ("The main
 * measures were:"), so the phrase must have no verb.
 */
export function colonHeadingLine(line: string): string | undefined {
  const m = /^(.*\S)(?:\s*[:：—–]|\s+-{1,2})$/u.exec(line);
  return m && isHeadingLine(m[1]!) && isPhrase(m[1]!) ? m[1]! : undefined;
}

/**
 * "Rural Infrastructure Construction." on a line of its own: a title closed by a full stop, as some
 * translators close every heading. A short sentence on a line of its own ends that way too ("Work
 * went well."), so the phrase must have no verb; a lone word must be one that does not open
 * sentences and is longer than an abbreviation ("Overview.", not "Meanwhile." nor "Ltd.").
 */
export function fullStopHeadingLine(line: string): string | undefined {
  const m = /^(.*[^\s.。])\s*[.。]$/u.exec(line);
  if (!m || !isHeadingLine(m[1]!)) return undefined;
  const words = m[1]!.split(/\s+/);
  if (words.length === 1 && (words[0]!.length < 5 || SENTENCE_STARTERS.has(words[0]!))) return undefined;
  return isPhrase(m[1]!) ? m[1]! : undefined;
}

// The small words Title Case leaves in lower case ("Microcredit and Mutual Aid Funds").
const TITLE_CASE_SMALL = new Set("a an and as at by for from in into of on or the to with".split(" "));
const capitalised = (w: string) => /^\p{Lu}[\p{L}-]*$/u.test(w);
const plainLower = (w: string) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !TITLE_CASE_SMALL.has(w);

/**
 * A Title Case heading running into a sentence that opens with an ordinary word ("Microcredit and
 * Mutual Aid Funds Small loans of 420 million Yuan were …"): every word capitalised but the small
 * ones, up to the first plain lower-case word; the capitalised word before that opens the sentence.
 * It does only when the page, outside this line, never capitalises that word inside a sentence
 * (there it is part of a name: "… the Poverty Alleviation Office") nor writes the title before it.
 * `firstToken`: the line's first word's place among the page's words.
 */
function titleCaseRunIn(line: string, firstToken: number, page: () => PageWords): string | undefined {
  const matches = [...line.matchAll(/\S+/g)];
  const words = matches.map((m) => m[0]);
  // A line that opens with a word that starts sentences ("The World Bank-financed … Project was
  // launched") is a sentence about a name.
  if (!capitalised(words[0] ?? "") || SENTENCE_STARTERS.has(words[0]!)) return undefined;
  for (let i = 1; i <= Math.min(RUN_IN_MAX_WORDS + 1, words.length - 1); i++) {
    const word = words[i]!;
    if (capitalised(word) || TITLE_CASE_SMALL.has(word)) continue;
    if (!plainLower(word) || i < 3) return undefined;
    const opener = words[i - 1]!;
    if (!capitalised(opener) || TITLE_CASE_SMALL.has(words[i - 2]!)) return undefined;
    const elsewhere = (page().at.get(opener) ?? []).filter((k) => k !== firstToken + i - 1);
    if (
      elsewhere.some(
        (k) => insideSentence(page().tokens, k) || follows(page().tokens, k, words.slice(0, i - 1)),
      )
    )
      return undefined;
    return line.slice(0, matches[i - 2]!.index! + words[i - 2]!.length);
  }
  return undefined;
}

/**
 * A sentence-case heading running into a sentence that opens with a capitalised word no list of
 * sentence starters holds ("Fund supervision and publicity Together with the Department of
 * Finance, …"): the title's last word is lower case, the next word capitalised and followed by a
 * lower-case one, the page never capitalises it inside a sentence, and the title has no verb.
 */
function sentenceCaseRunIn(line: string, firstToken: number, page: () => PageWords): string | undefined {
  const matches = [...line.matchAll(/\S+/g)];
  const words = matches.map((m) => m[0]);
  if (!capitalised(words[0] ?? "") || SENTENCE_STARTERS.has(words[0]!)) return undefined;
  for (let i = 1; i <= Math.min(RUN_IN_MAX_WORDS, words.length - 2); i++) {
    const word = words[i]!;
    if (plainLower(word) || TITLE_CASE_SMALL.has(word)) continue;
    if (!capitalised(word)) return undefined;
    const next = words[i + 1]!;
    if (i < 2 || !plainLower(words[i - 1]!) || !(plainLower(next) || TITLE_CASE_SMALL.has(next))) continue;
    const title = line.slice(0, matches[i - 1]!.index! + words[i - 1]!.length);
    const elsewhere = (page().at.get(word) ?? []).filter((k) => k !== firstToken + i);
    if (elsewhere.some((k) => insideSentence(page().tokens, k)) || !isPhrase(title)) return undefined;
    return title;
  }
  return undefined;
}

// A figure or a currency that opens a sentence ("Investment of Poverty Alleviation Funds 6.184
// billion yuan of funds was put into …"): English never writes one straight after a phrase with no
// verb inside a sentence. The rest of the line must be a sentence, not a table row ("Lhasa 12,300
// households").
const FIGURE_START = /^(?:\d|RMB$|US\$|\$|¥)/u;
const FIGURE_RUN_IN_MIN_REST = 6;
function figureRunIn(line: string): string | undefined {
  const matches = [...line.matchAll(/\S+/g)];
  const words = matches.map((m) => m[0]);
  if (!capitalised(words[0] ?? "") || SENTENCE_STARTERS.has(words[0]!)) return undefined;
  for (let i = 1; i <= Math.min(RUN_IN_MAX_WORDS, words.length - 1); i++) {
    const word = words[i]!;
    if (FIGURE_START.test(word)) {
      const title = line.slice(0, matches[i - 1]!.index! + words[i - 1]!.length);
      return i >= 2 && words.length - i >= FIGURE_RUN_IN_MIN_REST && /[.!?]/.test(line) && isPhrase(title)
        ? title
        : undefined;
    }
    if (!/^\p{L}[\p{L}-]*$/u.test(word)) return undefined;
  }
  return undefined;
}

// The page's words in order, and where each word (without the punctuation after it) stands: read
// once per page, so checking a heading costs the occurrences of one word, not a pass over the page.
type PageWords = { tokens: string[]; at: Map<string, number[]> };
function pageWords(cleaned: string): PageWords {
  const tokens = cleaned.split("\n").flatMap((l) => (l.trim() ? l.trim().split(/\s+/) : []));
  const at = new Map<string, number[]>();
  tokens.forEach((t, k) => {
    getOrInsertComputed(at, t.replace(/[,.;:)]+$/, ""), () => []).push(k);
  });
  return { tokens, at };
}

// After a lower-case word, or after a run of capitalised words that itself follows one ("… the
// Poverty Alleviation Office trained"): a capitalised word there is part of a name.
const endsSentence = (t: string) => /[.!?:]$/.test(t);
function insideSentence(tokens: string[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && /^\p{Lu}/u.test(tokens[j]!) && !endsSentence(tokens[j]!)) j--;
  return j >= 0 && /^[(“"]?\p{Ll}/u.test(tokens[j]!) && !endsSentence(tokens[j]!);
}

// Whether the words before place `k` are `title`'s words.
const follows = (tokens: string[], k: number, title: string[]) =>
  k >= title.length && title.every((w, n) => tokens[k - title.length + n] === w);
