// Turns the scraped page into plain text: no HTML/Office style fragments, no replacement
// characters, ordinary spaces, and no site footer. Everything downstream quotes this text.

const NBSP = /[\u00a0\u2007\u202f]/g;
const REPLACEMENT_CHAR = /\ufffd/g;
const HTML_TAG = /<\/?[a-z][^>]*>/gi;
// Word/Office HTML leaks as a run of `mso-…`/`font-family` declarations ending in `'>` (or `">`).
const STYLE_FRAGMENT = /[^\n【】]*?(?:mso-|font-family|font-weight)[^\n【】]*?['"]>/g;
const HAN = /\p{Script=Han}/u;

export type CleanOptions = { footerStart?: string | undefined };

export function cleanReportText(raw: string, options: CleanOptions = {}): string {
  let text = raw.replace(/\r\n?/g, "\n");
  if (options.footerStart) {
    const at = text.indexOf(options.footerStart);
    if (at >= 0) text = text.slice(0, at);
  }
  text = text.replace(STYLE_FRAGMENT, "").replace(HTML_TAG, "").replace(REPLACEMENT_CHAR, "").replace(NBSP, " ");
  text = dropTrailingForeignLines(text);
  return text
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .filter((line, i, lines) => line !== "" || (i > 0 && lines[i - 1] !== ""))
    .join("\n")
    .trim();
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
  const chars = [...line.replace(/\s/g, "")];
  if (chars.length === 0) return 0;
  return chars.filter((c) => HAN.test(c)).length / chars.length;
}
