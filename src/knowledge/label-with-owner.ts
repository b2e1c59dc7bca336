// "Heze City, with 412 villages, ranked first in the province", "Yishui County, with 61.5 million
// yuan, ranked first": a figure in a "with" phrase set off by commas right after a name is that
// name's. The clause's verb ("ranked") says how it compares, not what the figure is; without the
// name the figure's label was its noun alone ("Villages") or another clause's verb ("Funds earmarked").
import { countedNoun, type FigureSpan, lastToken, NO_NOUN } from "./label-figure.js";
import { CLAUSE_PUNCT, chunkLeft } from "./label-phrases.js";
import type { Token } from "./nlp.js";

/** The label ("Villages of Heze City"), or undefined when the figure is in no such phrase. */
export function withOwnerLabel(tokens: Token[], fig: FigureSpan, first: number): string | undefined {
  if (tokens[first - 1]?.lemma !== "with" || tokens[first - 2]?.text !== ",") return undefined;
  const last = lastToken(tokens, fig, first);
  if (tokens[last + 1]?.text !== ",") return undefined;
  const owner = chunkLeft(tokens, first - 2);
  // The name is the clause's subject: it opens the sentence or a clause, and is a proper name.
  const before = tokens[(owner?.start ?? 0) - 1];
  if (!owner || (before && !CLAUSE_PUNCT.has(before.text) && before.lemma !== "and")) return undefined;
  if (!tokens.slice(owner.start, first - 2).some((t) => t.pos === "PROPN")) return undefined;
  const what = countedNoun(fig) ?? NO_NOUN[fig.kind];
  if (!what) return undefined;
  return `${what.charAt(0).toUpperCase()}${what.slice(1)} of ${owner.text.replace(/^The\b/, "the")}`;
}
