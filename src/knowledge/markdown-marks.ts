// A page a scraper turned into Markdown, or typed as plain text, shows its headings with marks a
// reader sees past: "## Rain Plan", "**Rain Plan**", or a title underlined by a line of "-----" or
// "=====". Left in the text the marks hide the title ("## Rain Plan" opens with no capital, the
// underline becomes the first words of the section) and show up in quoted sentences. So a heading's
// hashes are dropped, a rule line (the same mark three times or more, nothing else) is dropped, and
// strong emphasis becomes the <b> it stands for, which emphasis.ts reads as any bold title.

// "## Title" and "### 2. Title ###": hashes set off by a space at the start of a line.
const HASH_HEADING = /^([ \t]*)#{1,6}[ \t]+([^\n]*)$/gm;
// A line of one mark repeated ("-----", "=====", "* * *", "___"): a rule or an underline.
const RULE_LINE = /^[ \t]*([-=_~*])(?:[ \t]*\1){2,}[ \t]*$/gm;
// "**Title**" or "__Title__": a bounded run with no mark or line break inside.
const STRONG = /\*\*([^*\n]{1,120})\*\*|__([^_\n]{1,120})__/g;

export function readMarkdownMarks(text: string): string {
  if (!/[#*=_~-]{2}|#[ \t]/.test(text)) return text;
  return text
    .replace(RULE_LINE, "")
    .replace(HASH_HEADING, (_whole, indent: string, title: string) => indent + withoutClosingHashes(title))
    .replace(STRONG, (_whole, star: string | undefined, line: string | undefined) => {
      const inner = (star ?? line)!;
      // "** 12 **" or "**" around spaces is no emphasis a reader sees.
      return /^\S(?:.*\S)?$/.test(inner) ? `<b>${inner}</b>` : _whole;
    });
}

/** "Rain Plan ##" without its closing hashes (trimmed by hand: a pattern would backtrack over spaces). */
function withoutClosingHashes(title: string): string {
  const trimmed = title.trimEnd();
  let end = trimmed.length;
  while (end > 0 && trimmed[end - 1] === "#") end--;
  if (end === trimmed.length || !/[ \t]/.test(trimmed[end - 1] ?? "")) return trimmed;
  return trimmed.slice(0, end).trimEnd();
}
