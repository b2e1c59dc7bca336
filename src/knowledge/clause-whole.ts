// "Of the 520 cooperatives, 310 and 210 were …", "…; of this number, 5,000 and 4,000 received …": a
// clause (the sentence, or what follows a semicolon) that opens on a partitive "of the N X," names
// the whole its bare counts are parts of, so they count X. "Of this number," and "of them," point
// back to the last count written before the clause instead. The whole's own figure ("520
// cooperatives") is no item of a list with the parts after its comma.
import type { Before } from "./label-figure.js";
import { chunkRight, labelWithoutUnit } from "./label-phrases.js";
import type { Token } from "./nlp.js";

/** Words that open a partitive whole. */
const PARTITIVE = new Set(["of", "among"]);
/** Words that point back to a whole written before: "of this number", "of them", "among these". */
const BACK = new Set(["this", "these", "that", "those", "they"]);
/** The noun of "of this number,": it names no thing, the count it points back to does. */
const NUMBER_WORDS = new Set(["number", "total", "figure"]);

/** The most tokens a partitive opening stands before the figure: a clause's first few words. */
const MAX_REACH = 40;

/**
 * Where the clause holding token `at` starts: after the last semicolon before it, or 0; -1 when
 * that is further back than a partitive opening can reach (the scan stays linear in the sentence).
 */
function clauseStart(tokens: Token[], at: number): number {
  for (let i = at - 1; i >= 0 && at - i <= MAX_REACH; i--) if (tokens[i]!.text === ";") return i + 1;
  return at <= MAX_REACH ? 0 : -1;
}

/** Whether the figure starting at token `at` is the count of a clause's "of the N X," whole. */
export function isPartitiveWholeFigure(tokens: Token[], at: number): boolean {
  if (tokens[at]?.pos !== "NUM") return false;
  const open = tokens[at - 1]?.pos === "DET" ? at - 2 : at - 1;
  if (!PARTITIVE.has(tokens[open]?.lemma ?? "")) return false;
  return clauseStart(tokens, open + 1) === open;
}

/**
 * The noun the bare counts of the clause holding token `at` count, when the clause opens on a
 * partitive whole before that token: "villages" for "of the 742 villages,", the noun of the last
 * count written before for "of this number,"; undefined for any other clause.
 */
export function partitiveWholeNoun(
  tokens: Token[],
  at: number,
  before: readonly Before[] = [],
): string | undefined {
  const start = clauseStart(tokens, at);
  if (start < 0 || !PARTITIVE.has(tokens[start]?.lemma ?? "")) return undefined;
  let comma = start + 1;
  while (comma < at && tokens[comma]!.text !== ",") comma++;
  if (comma >= at) return undefined;
  let i = start + 1;
  const pointsBack =
    BACK.has(tokens[i]?.lemma ?? "") &&
    (tokens[i + 1]?.text === "," || NUMBER_WORDS.has(tokens[i + 1]?.lemma ?? ""));
  if (pointsBack) {
    const clauseAt = tokens[start]!.start;
    // The count written with its own noun: a plan in brackets after it ("(8,600 people)") names none.
    const whole = before
      .filter((b) => b.kind === "count" && b.read && b.head && (b.at ?? 0) < clauseAt)
      .at(-1);
    return whole?.head ? labelWithoutUnit(whole.head).toLowerCase() : undefined;
  }
  if (tokens[i]?.pos === "DET") i++;
  while (tokens[i]?.pos === "NUM") i++;
  const np = chunkRight(tokens, i);
  const last = tokens[np.end - 1];
  // The whole names things: a plural noun ("villages"), not a measure ("of the funds' 40%").
  if (!np.text || np.end > comma || last?.pos !== "NOUN" || last.text.toLowerCase() === last.lemma)
    return undefined;
  return np.text.replace(/^(?:the|these|those)\s+/i, "");
}
