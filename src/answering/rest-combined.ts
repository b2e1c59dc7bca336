// "Did enterprises give more than everyone else combined?", "was the central part bigger than all
// the other sources put together?": the second side is the rest of the whole the first side is part
// of (the whole minus that part), a figure the report implies, never one it states for another
// thing. Read here: whether a side is such a rest, and the rest of a figure's whole.
import { isNumeric, type NumericEntry } from "../knowledge/schema.js";
import { sectionSpan, termsOf, type SearchIndex } from "./search-index.js";
import type { RankedEntry } from "./rank.js";
import { wholeOf } from "./relations.js";

// "everyone else (combined)", "all the others (together)", "the rest (put together)", "all other sources combined".
const REST_SIDE =
  /^(?:(?:everyone|everybody|anyone|all(?:\s+of)?(?:\s+the)?|the)\s+(?:else|others?|rest)|(?:the\s+)?others?|all\s+(?:of\s+)?(?:the\s+)?other\s+[a-z-]+(?:\s+[a-z-]+)?)(?:\s+(?:combined|together|put together|taken together|in total|altogether))?$/;

/** Whether a comparison's side is "everyone else combined": the rest of the other side's whole. */
export const isRestSide = (side: string) => REST_SIDE.test(side.trim());

/** The whole `part` is written as part of (in its sentence, or a breakdown), when there is one. */
export function wholeOfPart(part: NumericEntry, at: number, index: SearchIndex): NumericEntry | undefined {
  const written = wholeOf(part, at, index);
  if (written) return written;
  for (const g of index.groupsByPart.get(part.id) ?? []) {
    if (g.type !== "parts") continue;
    const total = index.kb.byId.get(g.total);
    if (total && isNumeric(total) && total.unit === part.unit && total.value > part.value) return total;
  }
  return undefined;
}

/**
 * The side's figure as a part: the best-ranked figure itself, or, when that is a whole written with
 * its parts in one sentence ("raised 73.5 million yuan, of which 52.1 million yuan was donated by
 * enterprises"), the part whose label names more of the side's own words than the whole's does
 * (a side set against "everyone else" is a part, and its sentence's whole matches its words too).
 */
export function asPart(
  r: RankedEntry,
  side: string,
  index: SearchIndex,
): { entry: NumericEntry; at: number } | undefined {
  if (!isNumeric(r.entry)) return undefined;
  const own = new Set(termsOf(side));
  const named = (label: string) => termsOf(label).filter((t) => own.has(t)).length;
  let best: { entry: NumericEntry; at: number } = { entry: r.entry, at: r.index };
  let bestNamed = named(r.entry.label);
  const [from, to] = sectionSpan(index, r.index);
  for (let i = from; i < to; i++) {
    const e = index.kb.entries[i]!;
    if (!isNumeric(e) || e.sentence !== r.entry.sentence || e.id === r.entry.id) continue;
    if (wholeOf(e, i, index) !== r.entry) continue;
    const n = named(e.label);
    if (n > bestNamed) [best, bestNamed] = [{ entry: e, at: i }, n];
  }
  return best;
}
