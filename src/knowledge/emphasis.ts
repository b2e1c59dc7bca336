// A page that shows its section titles in bold (`<b>`, `<strong>`) or as HTML headings (`<h2>`)
// loses that when its tags are removed: "<strong>Social Poverty Alleviation</strong> In 2013, …"
// becomes one line, and a title after Word junk on the same line ("GB2s-p<b>Performance
// Assessment</b> The Ministry …") is glued to the junk. An emphasised title that opens its line
// (nothing but tags or junk before it) and is followed by the end of the line or a new sentence is
// put on a line of its own, where headings.ts reads it as any title line. Emphasis inside a
// sentence ("the <b>Rain Plan</b> trained …") is left as it is: prose before it says so.
import { isHeadingLine } from "./headings.js";

// The element and its text: no tag inside, bounded, so each match costs its own length.
const EMPHASIS = /<(b|strong|h[1-6])(?:\s[^<>]*)?>([^<>\n]{1,120})<\/\1\s*>/gi;
/** How far back on its line an emphasised title looks for prose: a line longer than this before it is prose. */
const LOOKBACK_CHARS = 300;
// Prose: a lower-case word of two letters or more. Tags, digits and junk ("GB2s-p") are not.
const PROSE_WORD = /(?:^|[^\p{L}])\p{Ll}{2,}(?![\p{L}])/u;
// After the title: the end of the line, or a new sentence (a capital, a figure or a quote), maybe
// after the title's own full stop or colon.
const NEW_SENTENCE_AFTER = /^(?:<[^<>]*>|\s)*(?:$|\n|[.:：]?\s*[\p{Lu}\d“"])/u;

export function breakAroundEmphasisTitles(text: string): string {
  if (!/<(?:b|strong|h[1-6])[\s>]/i.test(text)) return text;
  return text.replace(EMPHASIS, (whole, _tag: string, inner: string, at: number) => {
    const title = inner.trim().replace(/[.:：]$/, "");
    if (!isHeadingLine(title)) return whole;
    // Only the window before it is searched for the line's start: one long line of many titles
    // would otherwise be walked back over for each of them.
    const from = Math.max(0, at - LOOKBACK_CHARS);
    const window = text.slice(from, at);
    const lineStart = window.lastIndexOf("\n") + 1;
    if (lineStart === 0 && from > 0) return whole;
    const before = window.slice(lineStart).replace(/<[^<>]*>/g, " ");
    if (PROSE_WORD.test(before)) return whole;
    const after = text.slice(at + whole.length, at + whole.length + LOOKBACK_CHARS);
    if (!NEW_SENTENCE_AFTER.test(after)) return whole;
    return `\n${whole}\n`;
  });
}
