// An average asked for ("how much did each household gain") that the report states as a figure per
// that unit ("income growth per household") is that figure, when it matches the question as well
// as the best figure does: dividing the best figure (a total) by a count would compute something else.
import type { Entry } from "../knowledge/schema.js";
import { contentWords } from "../text/words.js";
import type { RankedEntry } from "./rank.js";
import type { Question } from "./understand.js";

const STATED_RATE_MARGIN = 0.05;
const STATED_RATE_CANDIDATES = 5;
export function statedRate(q: Question, ranked: RankedEntry[]): RankedEntry | undefined {
  const d = q.derivation;
  const top = ranked[0];
  if (d?.type !== "average" || !top) return undefined;
  const unit = d.perUnit.replace(/ies$/, "y").replace(/s$/, "");
  const perUnit = new RegExp(String.raw`\b(?:per|each)\s+(?:[a-z]+\s+)?${unit}`, "i");
  const asked = new Set(q.terms.map((w) => w.stem));
  // What the rate measures, the words before its "per" ("income growth"), must be what is asked:
  // loan money per household is not income growth per household.
  const measures = (e: Entry) =>
    contentWords(e.label.split(/\b(?:per|each)\b/i)[0]!).some((w) => asked.has(w.stem));
  return ranked
    .slice(0, STATED_RATE_CANDIDATES)
    .find(
      (r) =>
        (q.kinds.length === 0 || q.kinds.includes(r.entry.kind)) &&
        r.coverage >= top.coverage - STATED_RATE_MARGIN &&
        perUnit.test(`${r.entry.label} ${r.entry.context}`) &&
        measures(r.entry),
    );
}
