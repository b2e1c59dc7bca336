// Turns the scraped page into plain text: no HTML/Office style fragments, no replacement
// characters, ordinary spaces, and no site footer. Everything downstream quotes this text.
//
// Every step is linear in the text: the two removals that a regular expression would express
// with overlapping quantifiers (a style fragment, an HTML tag) are hand-written scans, because
// a backtracking engine retries such a pattern from every start position (a page of repeated
// "mso-" took minutes and froze the process). The remaining patterns are single character
// classes or runs of one class.

import { breakAroundEmphasisTitles } from "./emphasis.js";
import { readMarkdownMarks } from "./markdown-marks.js";
import { markSpacedThousands } from "./spaced-thousands.js";

const NBSP = /[\u00a0\u2007\u202f]/g;
const REPLACEMENT_CHAR = /\ufffd/g;
const NOT_HAN = /[^\p{Script=Han}]+/gu;
/** A style fragment (see removeStyleFragments) starts where one of these does. */
const STYLE_KEYWORDS = ["mso-", "font-family", "font-weight"] as const;

export type CleanOptions = { footerStart?: string | undefined };

export function cleanReportText(raw: string, options: CleanOptions = {}): string {
  let text = raw.replace(/\r\n?/g, "\n");
  if (options.footerStart) {
    const at = text.indexOf(options.footerStart);
    if (at >= 0) text = text.slice(0, at);
  }
  text = removeHtmlTags(breakAroundEmphasisTitles(readMarkdownMarks(removeStyleFragments(text))))
    .replace(REPLACEMENT_CHAR, "")
    .replace(NBSP, " ");
  text = dropTrailingForeignLines(text);
  // Last, once runs of spaces are one: "417 000" read as one number where the page groups by spaces.
  return markSpacedThousands(
    text
      .split("\n")
      // Only runs of two or more (or a tab) change: replacing every single space by itself cost
      // ~1 s on a line of 500,000 words.
      .map((line) => line.replace(/[ \t]{2,}|\t/g, " ").trim())
      .filter((line, i, lines) => line !== "" || (i > 0 && lines[i - 1] !== ""))
      .join("\n")
      .trim(),
  );
}

/**
 * Word/Office HTML leaks as a run of `mso-…`/`font-family` declarations ending in `'>` (or `">`).
 * Does in one pass what /[^\n【】]*?(?:mso-|font-family|font-weight)[^\n【】]*?['"]>/g did:
 * within each stretch between line breaks and section marks, a match starts where the last one
 * ended and runs to the first `'>`/`">` after the next keyword.
 */
export function removeStyleFragments(text: string): string {
  if (!STYLE_KEYWORDS.some((k) => text.includes(k))) return text;
  // Odd indices hold the boundaries themselves.
  return text
    .split(/([\n【】])/)
    .map((part, i) => (i % 2 === 1 ? part : stripSegment(part)))
    .join("");
}

/** What is left of one stretch without boundaries once its fragments are removed. */
function stripSegment(segment: string): string {
  // Next occurrence of each keyword at or after `pos`, found again only once `pos` has passed it,
  // so every keyword is searched for once along the stretch: linear.
  const next = STYLE_KEYWORDS.map((k) => segment.indexOf(k));
  let pos = 0;
  for (;;) {
    let keywordEnd = -1;
    let keywordAt = Infinity;
    STYLE_KEYWORDS.forEach((k, i) => {
      if (next[i]! >= 0 && next[i]! < pos) next[i] = segment.indexOf(k, pos);
      if (next[i]! >= 0 && next[i]! < keywordAt) [keywordAt, keywordEnd] = [next[i]!, next[i]! + k.length];
    });
    if (keywordEnd < 0) break;
    const close = quoteCloseFrom(segment, keywordEnd);
    // No `'>` after this keyword: none after any later one either.
    if (close < 0) break;
    pos = close + 2;
  }
  return segment.slice(pos);
}

/** Index of the first `'>` or `">` starting at or after `from`, or -1. */
function quoteCloseFrom(segment: string, from: number): number {
  for (let at = segment.indexOf(">", from + 1); at >= 0; at = segment.indexOf(">", at + 1)) {
    const quote = segment[at - 1];
    if (quote === "'" || quote === '"') return at - 1;
  }
  return -1;
}

/** Removes `<tag …>` and `</tag>` (a letter after `<`, up to the next `>`), as /<\/?[a-z][^>]*>/gi did. */
export function removeHtmlTags(text: string): string {
  let out = "";
  let kept = 0;
  for (let i = text.indexOf("<"); i >= 0; i = text.indexOf("<", i + 1)) {
    const letterAt = text[i + 1] === "/" ? i + 2 : i + 1;
    if (!/[a-z]/i.test(text[letterAt] ?? "")) continue;
    const close = text.indexOf(">", letterAt);
    // No ">" after this "<": none after any later "<" either.
    if (close < 0) break;
    // A line break tag stands between words: "materials.<br />2. Assistance" is two items, and
    // gluing them ("materials.2.") hid the list marker and made it a figure.
    out += text.slice(kept, i) + (/^br\b/i.test(text.slice(letterAt, close)) ? " " : "");
    kept = close + 1;
    i = close;
  }
  return out + text.slice(kept);
}

// An English report whose page ends in lines of Chinese (site navigation, copyright) has a
// footer even when its metadata names none: drop trailing lines that are mostly Han script.
function dropTrailingForeignLines(text: string): string {
  const lines = text.split("\n");
  while (lines.length > 0) {
    const last = lines[lines.length - 1]!.trim();
    if (last === "" || hanShare(last) > 0.3) lines.pop();
    else break;
  }
  return lines.join("\n");
}

function hanShare(line: string): number {
  let chars = 0;
  for (let i = 0; i < line.length; i++) if (!WHITESPACE.has(line.charCodeAt(i))) chars++;
  if (chars === 0) return 0;
  // One replacement over runs rather than a test per character: a footer line can be long.
  return line.replace(NOT_HAN, "").length / chars;
}

/** What \s matches, as UTF-16 code units. */
const WHITESPACE = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
  0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]);
