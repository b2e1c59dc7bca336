// The quoted phrases of the comments a change adds, for the check that no comment repeats a test
// question's wording (scripts/comment-quotes.ts): a comment states the rule with its own examples.

// A comment line: "//" or a JSDoc line's "*", and what follows.
const COMMENT = /(?:\/\/|^\s*\*)(.*)$/;
const QUOTED = /"([^"]+)"|“([^”]+)”/g;
const MIN_WORDS = 4;

/** The quoted phrases, lower-cased, of the comments a diff adds. */
export function addedCommentQuotes(diff: string): string[] {
  const out = new Set<string>();
  for (const line of diff.split("\n")) {
    if (!line.startsWith("+") || line.startsWith("+++")) continue;
    const comment = COMMENT.exec(line.slice(1))?.[1];
    if (!comment) continue;
    for (const m of comment.matchAll(QUOTED)) {
      const phrase = (m[1] ?? m[2] ?? "").toLowerCase().replace(/\s+/g, " ").trim();
      if (phrase.split(" ").length >= MIN_WORDS) out.add(phrase);
    }
  }
  return [...out];
}
