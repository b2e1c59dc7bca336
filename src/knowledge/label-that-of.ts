// "The income of farmers in the key counties reached N, … higher than that of the rural residents of
// the whole province (M, up P%)": the figure in brackets after "that of X" is the same measure as
// the figure before it, for X. "that" stands for the measure's head noun ("income"), so the label
// is that head with X: "Per capita net income of the rural residents of the whole province".
import type { Context, FigureSpan } from "./label-figure.js";
import { CLAUSE_PUNCT } from "./label-phrases.js";
import { text } from "./label-lists.js";
import type { Token } from "./nlp.js";

/** At most this many words between "that of" and the bracket: a longer run is a clause. */
const OWNER_MAX_TOKENS = 12;

/** A label's head: the words before its first "of", "in" or "for" ("Per capita net income"). */
function measureHead(label: string): string {
  return label.replace(/\s*\((?:total|percent)\)$/, "").split(/\s+(?:of|in|for)\s+/i)[0]!;
}

/**
 * The label of a figure opening a bracket right after "that of X", or undefined for any other
 * shape or when no figure of its kind before it has a label read from the grammar.
 */
export function thatOfLabel(
  tokens: Token[],
  fig: FigureSpan,
  ctx: Context,
  first: number,
): string | undefined {
  const open = first - 1;
  if (tokens[open]?.text !== "(") return undefined;
  let k = open - 1;
  while (
    k > 0 &&
    open - k <= OWNER_MAX_TOKENS &&
    !(tokens[k]!.lemma === "of" && tokens[k - 1]!.lemma === "that")
  )
    k--;
  if (k <= 0 || open - k > OWNER_MAX_TOKENS) return undefined;
  const owner = tokens.slice(k + 1, open);
  if (
    owner.length === 0 ||
    owner.some((t) => CLAUSE_PUNCT.has(t.text) || t.pos === "VERB" || t.pos === "NUM")
  )
    return undefined;
  const measured = ctx.before?.filter((b) => b.read && b.kind === fig.kind).at(-1);
  if (!measured) return undefined;
  return `${measureHead(measured.label)} of ${text(owner)}`;
}

/**
 * "The average wage of workers of the county and that of the mountain townships were N and M
 * respectively": a subject of two measures, the second written as "that of B", "that" standing for
 * the first's head ("average wage"). Both named in full, in order ("Average wage of workers of the
 * county", "Average wage of the mountain townships"), when the subject before the linking verb at
 * `verbAt` is that whole clause; undefined for any other subject.
 */
export function thatOfSubjects(tokens: Token[], verbAt: number): string[] | undefined {
  if (tokens[verbAt]?.lemma !== "be") return undefined;
  let start = verbAt - 1;
  while (start > 0 && !CLAUSE_PUNCT.has(tokens[start - 1]!.text)) start--;
  const and = tokens.findIndex(
    (t, i) =>
      i > start &&
      i < verbAt &&
      t.lemma === "and" &&
      tokens[i + 1]?.text.toLowerCase() === "that" &&
      tokens[i + 2]?.lemma === "of",
  );
  if (and < 0 || and + 3 >= verbAt) return undefined;
  const first = tokens.slice(start, and);
  const owner = tokens.slice(and + 3, verbAt);
  // No clause inside either measure; a count may name the owner ("that of the three townships").
  const plain = (ts: Token[]) => !ts.some((t) => t.pos === "VERB" || CLAUSE_PUNCT.has(t.text));
  if (!plain(first) || !plain(owner) || !first.some((t) => t.lemma === "of")) return undefined;
  const whole = text(first).replace(/^(?:the|a|an)\s+/i, "");
  const named = [whole, `${measureHead(whole)} of ${text(owner)}`];
  return named.map((n) => n.charAt(0).toUpperCase() + n.slice(1));
}
