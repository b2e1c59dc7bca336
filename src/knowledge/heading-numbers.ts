// Section numbers in front of headings: "I. Overview", "(2) Rain Plan", "3. Relocation", "四、…".
// A page that numbers its sections numbers them in one style, 1, 2, 3, … in page order, without
// starting again; a numbered list inside a section starts again in the next section, or its items
// are sentences rather than titles. So a style is the page's section numbering only when its
// numbers run 1..n in order (n of at least MIN_NUMBERED) and the text after each number reads as a
// title; a number alone says nothing.

import { CARDINALS } from "../text/number-words.js";

/**
 * A numbered line: where the text after its number starts, and that number's value and style. A
 * decimal outline number ("2.3") has its last part as `number` and the part before it as `parent`.
 */
export type NumberedLine = {
  start: number;
  number: number;
  style: string;
  rest: string;
  restStart: number;
  parent?: number;
};

/** A numbering is the page's structure from this many sections on: two numbered lines may be a list. */
const MIN_NUMBERED = 3;

// The styles a scraped yearbook page numbers sections in: "IV." / "IV、" / "Ⅳ." / "iv." (Roman),
// "(iv)" / "(4)" / "（4）" in brackets, "4." / "4、" / "4．" (Arabic), "4)" / "IV)" (closed by a
// bracket), "D." / "(d)" / "d)" (letters A to H: a letter past H is too many sections to be one, and
// I, V, X are Roman), "4 Title" / "4: Title" / "4 - Title" (a bare number before a capital),
// "四、" and "（四）" (Chinese), "第四章" / "第4部分" (a Chinese ordinal of a part), "2.3" (a decimal
// outline number: the third section under the second). A Roman or Arabic number closed by a full
// stop or a bracket, and a decimal number, are followed by space: "4.5 million", "I.e." and "2),"
// are not section numbers. A number after a word that names a part of a document ("Part 3
// Industrial Development", "Section IV: Relocation", "Chapter 2. Funds", "Section 5 - Funds", "Part
// Three: Funds", "Section One—Funds", "PART TWO: FUNDS") needs no stop of its own: the word says it
// is a section number. Full-width digits ("３．") are read as digits. Every quantifier is bounded or
// runs over one character class: linear time.
/** A report has fewer parts than this: "Part Twenty" is the last one written as a word. */
const MAX_PART_WORD = 20;
/** A part's number written as a word ("Part Three: …", "Part Thirteen: …"), one to twenty, in order. */
const PART_WORDS = Object.entries(CARDINALS)
  .filter(([, v]) => v <= MAX_PART_WORD)
  .sort(([, a], [, b]) => a - b)
  .map(([w]) => w.charAt(0).toUpperCase() + w.slice(1));
const PART_WORD_FORMS = PART_WORDS.flatMap((w) => [w, w.toUpperCase()]).join("|");
const ZH_NUMERAL = "[一二三四五六七八九十]{1,3}";
const PREFIX = new RegExp(
  `^(?:${[
    `(?<part>Part|PART|Section|SECTION|Chapter|CHAPTER)[ \\t]+(?<partNumber>[IVXLC]{1,7}|\\d{1,2}|${PART_WORD_FORMS})(?:[.:：、]|[ \\t]*[—–]|[ \\t]+-(?=[ \\t])|(?=[ \\t]))`,
    `(?<letter>[A-H])[.．](?=[ \\t])`,
    `(?<roman>[IVXLC]{1,7})(?:\\.(?=[ \\t])|、)`,
    `(?<lowerRoman>[ivx]{1,5})\\.(?=[ \\t])`,
    `(?<closedRoman>[IVX]{1,5})\\)(?=[ \\t])`,
    `(?<romanSign>[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ])[.．、]?`,
    `[(（](?<bracketedLetter>[a-hA-H])[)）]`,
    `(?<closedLetter>[a-h])\\)(?=[ \\t])`,
    `[(（](?<bracketed>[ivxlcIVXLC]{1,7}|\\d{1,2})[)）]`,
    `[(（](?<bracketedZh>${ZH_NUMERAL})[)）]`,
    `第(?<zhOrdinal>${ZH_NUMERAL}|\\d{1,2})(?:部分|章|节|篇)[、：:.．]?`,
    `(?<decimalParent>\\d{1,2})\\.(?<decimal>\\d{1,2})\\.?(?=[ \\t])`,
    `(?<arabic>\\d{1,2})(?:\\.(?=[ \\t])|[、．])`,
    `(?<closed>\\d{1,2})\\)(?=[ \\t])`,
    `(?<zh>${ZH_NUMERAL})[、．.]`,
    `(?<bare>\\d{1,2})(?:[ \\t]*[:：]|[ \\t]+[—–-])?[ \\t]+(?=\\p{Lu})`,
  ].join("|")})[ \\t]*`,
  "u",
);
/** The Unicode Roman numeral signs one to twelve, in order. */
const ROMAN_SIGNS = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ";

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
/** The value of a Roman numeral, or NaN when the letters do not make one in the usual order. */
export function romanValue(text: string): number {
  const digits = [...text.toUpperCase()].map((c) => ROMAN[c] ?? Number.NaN);
  let total = 0;
  digits.forEach((d, i) => {
    total += d < (digits[i + 1] ?? 0) ? -d : d;
  });
  return toRoman(total) === text.toUpperCase() ? total : Number.NaN;
}
function toRoman(n: number): string {
  const table: [number, string][] = [
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

const ZH_DIGITS = "一二三四五六七八九";
/** 一 … 九十九 as a number. */
function zhValue(text: string): number {
  const ten = text.indexOf("十");
  if (ten < 0) return ZH_DIGITS.indexOf(text) + 1 || Number.NaN;
  const tens = ten === 0 ? 1 : ZH_DIGITS.indexOf(text.slice(0, ten)) + 1;
  const ones = text.slice(ten + 1) ? ZH_DIGITS.indexOf(text.slice(ten + 1)) + 1 : 0;
  return tens * 10 + ones;
}

// Full-width digits ("３．") as ASCII ones, one code unit each, so places on the line stay the same.
const asciiDigits = (line: string) =>
  line.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/** The number a line starts with and its style, or undefined. `start`: the line's place on the page. */
export function numberedLine(line: string, start: number): NumberedLine | undefined {
  const m = PREFIX.exec(asciiDigits(line));
  if (!m?.groups) return undefined;
  const g = m.groups;
  const [style, number] = prefixValue(g);
  if (!Number.isFinite(number)) return undefined;
  const rest = line.slice(m[0].length);
  if (!rest) return undefined;
  const numbered = { start, number, style, rest, restStart: start + m[0].length };
  return g.decimalParent ? { ...numbered, parent: Number(g.decimalParent) } : numbered;
}

/** A matched prefix's style and value. */
function prefixValue(g: Record<string, string | undefined>): [string, number] {
  if (g.partNumber) {
    const part = g.part!.charAt(0) + g.part!.slice(1).toLowerCase();
    const word = PART_WORDS.findIndex((w) => w.toUpperCase() === g.partNumber!.toUpperCase());
    if (/\d/.test(g.partNumber)) return [`${part} arabic`, Number(g.partNumber)];
    return word >= 0 ? [`${part} word`, word + 1] : [`${part} roman`, romanValue(g.partNumber)];
  }
  if (g.romanSign) return ["roman", ROMAN_SIGNS.indexOf(g.romanSign) + 1];
  if (g.closed) return ["closed arabic", Number(g.closed)];
  if (g.closedRoman) return ["closed roman", romanValue(g.closedRoman)];
  if (g.roman) return ["roman", romanValue(g.roman)];
  if (g.bracketed)
    return /\d/.test(g.bracketed)
      ? ["bracketed arabic", Number(g.bracketed)]
      : ["bracketed roman", romanValue(g.bracketed)];
  // A Chinese numeral marks a section title whatever its run (headings.ts): all three styles
  // are "zh" there, told apart here so each runs 1..n of its own.
  if (g.bracketedZh) return ["zh bracketed", zhValue(g.bracketedZh)];
  if (g.zhOrdinal) return ["zh ordinal", /\d/.test(g.zhOrdinal) ? Number(g.zhOrdinal) : zhValue(g.zhOrdinal)];
  const letter = g.letter ?? g.bracketedLetter ?? g.closedLetter;
  if (letter) {
    const style = g.letter ? "letter" : g.bracketedLetter ? "bracketed letter" : "closed letter";
    return [style, letter.toUpperCase().charCodeAt(0) - 64];
  }
  if (g.lowerRoman) return ["lower roman", romanValue(g.lowerRoman)];
  if (g.bare) return ["bare arabic", Number(g.bare)];
  if (g.decimal) return ["decimal", Number(g.decimal)];
  if (g.arabic) return ["arabic", Number(g.arabic)];
  return ["zh", zhValue(g.zh!)];
}

/**
 * Whether a line is a section number and nothing else ("Part 2", "SECTION II", "（二）", "第二章",
 * "3."): a page that sets the number on a line of its own above the title it numbers.
 */
export function isNumberOnly(line: string): boolean {
  // The space stands for the title the number is set before.
  const m = PREFIX.exec(`${asciiDigits(line)} `);
  return m !== null && m[0].trimEnd().length === line.length;
}

/** Whether a style is a Chinese numeral's ("四、", "（四）", "第四章"). */
export const isChineseStyle = (style: string) => style === "zh" || style.startsWith("zh ");

/**
 * The numbered lines that are the page's section headings: those of a style whose numbers run
 * 1, 2, 3, … in page order, each followed by text that `titled` reads as a title (standing alone or
 * running into its first sentence). Lines of other styles, and a style that starts again or skips,
 * are left as text. A page whose styles each fail may still number its sections 1, 2, 3, … while
 * changing style on the way ("1. Overview", "IV. Entire Village Advancement", "五、…", "(7) …"):
 * then the numbering is the longest run 1..n through titled lines of any style (mixedNumbering).
 */
export function sectionNumbering(
  lines: readonly NumberedLine[],
  titled: (line: NumberedLine) => boolean,
): NumberedLine[] {
  const styles = new Map<string, NumberedLine[]>();
  for (const l of lines) styles.set(l.style, [...(styles.get(l.style) ?? []), l]);
  const found: NumberedLine[] = [];
  // A line of the style whose text is no title ("3. Drinking water for 12,000 households.",
  // "Chapter 3 of the Outline set …") is a list item or a sentence, not a skipped section: the
  // titled lines alone must run 1..n.
  for (const lines of styles.values()) {
    const run = lines.filter(titled);
    if (run.length >= MIN_NUMBERED && runsInOrder(run)) found.push(...run);
  }
  if (found.length === 0 && styles.size > 1)
    return mixedNumbering(lines.filter((l) => l.parent === undefined && titled(l)));
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Whether numbers run as a page's sections do: 1, 2, 3, …; decimal outline numbers in outline order,
 * each the next under the same part or the first under a later one ("1.1", "1.2", "2.1", "3.1"; a
 * part may have no numbered sections, as one with a single text has none).
 */
function runsInOrder(run: readonly NumberedLine[]): boolean {
  return run.every((l, i) => {
    const before = run[i - 1];
    if (l.parent === undefined || before?.parent === undefined) return l.number === i + 1;
    return l.parent === before.parent
      ? l.number === before.number + 1
      : l.parent > before.parent && l.number === 1;
  });
}

/**
 * The longest run of titled lines, in page order, numbered 1, 2, 3, … whatever their styles, when
 * it uses more than one style (one style alone is sectionNumbering's case). A numbered list inside
 * a section restarts at 1 and its items are sentences, not titles, so it neither joins nor breaks
 * the run. Each line follows the latest line before it that ends a run one number lower.
 */
function mixedNumbering(titled: readonly NumberedLine[]): NumberedLine[] {
  const before = new Map<NumberedLine, NumberedLine | undefined>();
  const ends = new Map<number, NumberedLine>();
  for (const l of titled) {
    const previous = l.number === 1 ? undefined : ends.get(l.number - 1);
    if (l.number !== 1 && !previous) continue;
    before.set(l, previous);
    ends.set(l.number, l);
  }
  const last = [...ends.values()].sort((a, b) => b.number - a.number)[0];
  const run: NumberedLine[] = [];
  for (let l = last; l; l = before.get(l)) run.unshift(l);
  return run.length >= MIN_NUMBERED && new Set(run.map((l) => l.style)).size > 1 ? run : [];
}
