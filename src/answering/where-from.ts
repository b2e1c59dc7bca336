// "Where did the road money come from?", "what were the sources of the well funds?": a question about where
// a whole came from is answered by the whole's breakdown, the parts the report gives of it (the
// central government's, the province's, the villagers' own), not by one figure. The whole is the
// best ranked figure that has such a breakdown, when it ranks near the best.
import type { NumericEntry } from "../knowledge/schema.js";
import type { RankedEntry } from "./rank.js";
import type { SearchIndex } from "./search-index.js";

// "where … come/came from", "where … from?", "the sources of …".
const WHERE_FROM =
  /\bwhere\b[^?]*\b(?:com(?:e|es|ing)|came)\s+from\b|\bwhere\b[^?]*\bfrom\s*\??\s*$|\bsources?\s+of\b/;
/** Whether a question asks where money came from (its sources), not how much. */
export const asksWhereFrom = (english: string, kinds: readonly string[]) =>
  kinds[0] === "money" && !/\bhow (?:much|many)\b/.test(english) && WHERE_FROM.test(english);

/** A whole ranked this near the best figure may stand for what the question names. */
export const WHOLE_NEAR = 0.85;
/** How many ranked figures are looked at for a whole with parts. */
const WHOLES_LOOKED_AT = 8;

/** The best ranked whole with two or more parts, and its parts in the report's order; undefined if none ranks near the best. */
export function breakdownOf(
  index: SearchIndex,
  ranked: readonly RankedEntry[],
): { whole: RankedEntry; parts: NumericEntry[] } | undefined {
  const best = ranked[0];
  if (!best) return undefined;
  for (const r of ranked.slice(0, WHOLES_LOOKED_AT)) {
    if (r.rank < WHOLE_NEAR * best.rank) break;
    const group = (index.groupsByTotal.get(r.entry.id) ?? []).find(
      (g) => g.type === "parts" && g.parts.length >= 2,
    );
    if (!group) continue;
    const parts = group.parts
      .map((id) => index.kb.byId.get(id))
      .filter((e): e is NumericEntry => !!e && "value" in e);
    if (parts.length >= 2) return { whole: r, parts };
  }
  return undefined;
}
