// A named member of a breakdown. A sentence that gives a total and its parts ("the planned
// investment was X, of which A was central lottery funds and B integrated funds") matches a question
// about any of them about equally well; the member asked for is the one whose own label names what
// the question measures (its head phrase: "how much [central welfare money] …").
import type { RankedEntry } from "./rank.js";
import { termsOf, type SearchIndex } from "./search-index.js";
import type { Question } from "./understand.js";
import { QUANTITY_NOUNS } from "../text/words.js";

/** Members of one breakdown matching within this much coverage of the best are alike to the search. */
const NEAR_COVERAGE = 0.05;
// More than any sum of idfs of the other head words: naming the head noun comes first.
const HEAD_NOUN_WEIGHT = 1000;

/** The ranking with the breakdown member the question's head names first, when the best figure is in a breakdown. */
export function namedMemberFirst(q: Question, index: SearchIndex, ranked: RankedEntry[]): RankedEntry[] {
  const top = ranked[0];
  const head = new Set(termsOf(q.head.join(" ")));
  if (!top || head.size === 0) return ranked;
  const groups = [
    ...(index.groupsByTotal.get(top.entry.id) ?? []),
    ...(index.groupsByPart.get(top.entry.id) ?? []),
  ];
  const members = new Set(groups.filter((g) => g.type === "parts").flatMap((g) => [g.total, ...g.parts]));
  if (members.size === 0) return ranked;
  // The head's own noun decides first ("planned lottery fund [investment]"), then its other words;
  // a word that only says "a quantity of" ("amount", "number") names nothing.
  const noun = q.head.filter((w) => !QUANTITY_NOUNS.includes(w)).at(-1);
  const nounTerm = noun ? termsOf(noun)[0] : undefined;
  const named = (r: RankedEntry) => {
    const label = termsOf(r.entry.label);
    const words = label.filter((t) => head.has(t)).reduce((sum, t) => sum + index.idf(t), 0);
    return (nounTerm && label.includes(nounTerm) ? HEAD_NOUN_WEIGHT : 0) + words;
  };
  let best = top;
  for (const r of ranked) {
    if (!members.has(r.entry.id) || r.coverage < top.coverage - NEAR_COVERAGE) continue;
    if (named(r) > named(best) + 1e-9) best = r;
  }
  return best === top ? ranked : [best, ...ranked.filter((r) => r !== best)];
}
