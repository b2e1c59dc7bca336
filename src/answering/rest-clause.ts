// "Of the people relocated, 48,200 settled in county towns and central townships and the rest in
// central villages", "total funds of 90 million yuan, of which 60 million yuan came from the budget
// and the rest was paid in by the members": the report gives one part of a whole and says where the
// rest went without a figure. A question about the rest ("how many went to the other places?", "how
// much did the members pay in?") asks for the whole minus the part: the whole is the figure before
// it that the opening "Of the …" names, or the figure the part follows with ", of which", the part
// the figure the sentence gives. Only when the question's words are the rest's more than the
// part's, and the whole is clearly what the part is of (same section, the opener's noun or "of
// which", larger); otherwise nothing (never the part or the whole given back).
import { writtenAt } from "../knowledge/written-at.js";
import { isNumeric, type NumericEntry } from "../knowledge/schema.js";
import { type Derived, listWhole, remainderOf } from "./compute.js";
import { listedTogether } from "./listed-siblings.js";
import { SENTENCE_WINDOW } from "./relations.js";
import type { RankedEntry } from "./rank.js";
import { wholeOf } from "./relations.js";
import { type SearchIndex, termsOf } from "./search-index.js";
import type { Question } from "./understand.js";

// The opener that names the whole: "Of the people relocated,", "Among the 300 households,".
const OPENER = /^\s*(?:of|among)\s+(?:the|all|these|those)\s+([^,;]{1,60}),/i;
// After the part: "… and the rest (in) B", "the remainder B", "the others B".
const REST = /\band\s+the\s+(?:rest|remainder|others)\s+([^,;.]{1,80})/i;
// A part written as a bare number ("48,200") counts the opener's noun.
const BARE = /^[\d.,]+$/;
const CANDIDATES = 8;
const DIGIT = /\d/;

const overlap = (a: Set<string>, b: string[]) => b.filter((t) => a.has(t)).length;

/** The rest of a whole the report implies, when the question asks for it (see above). */
export function restOfClause(q: Question, index: SearchIndex, ranked: RankedEntry[]): Derived | undefined {
  const asked = new Set(termsOf(q.english));
  for (const r of ranked.slice(0, CANDIDATES)) {
    const part = r.entry;
    if (!isNumeric(part)) continue;
    const opener = OPENER.exec(part.sentence);
    const at = writtenAt(part.sentence, part.written);
    if (at < 0 || (opener && at < opener[0].length - 1)) continue;
    const after = part.sentence.slice(at + part.written.length);
    const rest = REST.exec(after);
    if (!rest) continue;
    const own = termsOf(after.slice(0, rest.index));
    const restTerms = termsOf(rest[1]!).filter((t) => !own.includes(t));
    if (overlap(asked, restTerms) === 0 || overlap(asked, termsOf(rest[1]!)) <= overlap(asked, own)) continue;
    const whole = opener
      ? openerWhole(opener[1]!, r, index, ranked)
      : ofWhichWhole(part, r.index, at, after.slice(0, rest.index), index);
    // "A and B received N and M respectively, and the remainder went to C": the rest is what the
    // whole of the sentence before leaves once every item of the list is taken out.
    // The question must name the rest's own words more than the list's (its items' names): "how
    // much did A receive?" asks A's figure, not the rest.
    const clause = termsOf(part.sentence.slice(0, at + part.written.length + rest.index));
    const restOwn = termsOf(rest[1]!).filter((t) => !clause.includes(t));
    const listOwn = clause.filter((t) => !termsOf(rest[1]!).includes(t));
    const listed =
      whole || opener || overlap(asked, restOwn) <= overlap(asked, listOwn)
        ? undefined
        : listRest(part, r.index, index);
    if (listed) return remainderOf(listed.whole, listed.parts, r.coverage);
    // A figure with no "of which" whole may be that whole itself, its part further down the list.
    if (!whole) {
      if (opener) return undefined;
      continue;
    }
    return remainderOf(whole.entry, part, Math.min(r.coverage, whole.coverage ?? r.coverage));
  }
  return undefined;
}

type Whole = { entry: NumericEntry; coverage?: number };

/** The whole the opener "Of the …" names: a larger figure before the part, in its unit, of the opener's noun. */
function openerWhole(
  named: string,
  r: RankedEntry,
  index: SearchIndex,
  ranked: RankedEntry[],
): Whole | undefined {
  const part = r.entry as NumericEntry;
  const nouns = termsOf(named);
  const whole = ranked.find(
    (w) =>
      w !== r &&
      isNumeric(w.entry) &&
      w.index < r.index &&
      w.entry.report === part.report &&
      w.entry.section === part.section &&
      w.entry.kind === part.kind &&
      w.entry.value > part.value &&
      index.entryIsPlan[w.index] !== 1 &&
      (BARE.test(part.written) || w.entry.unit === part.unit) &&
      termsOf(w.entry.unit).some((t) => nouns.includes(t)),
  );
  return whole && { entry: whole.entry as NumericEntry, coverage: whole.coverage };
}

/**
 * The items of the list `part` is written in and the whole the sentence before states for them
 * (compute.ts listWhole: the one figure of their unit there, no smaller than their sum). Every
 * item is a part the rest leaves out, and the rest must be something: a whole the items use up
 * is not theirs.
 */
function listRest(
  part: NumericEntry,
  at: number,
  index: SearchIndex,
): { whole: NumericEntry; parts: NumericEntry[] } | undefined {
  const near = index.kb.entries.slice(Math.max(0, at - SENTENCE_WINDOW), at + SENTENCE_WINDOW + 1);
  const whole = listWhole(part, at, index, near);
  if (!whole || index.entryIsPlan[index.kb.entries.indexOf(whole)] === 1) return undefined;
  const parts = near.filter(
    (e): e is NumericEntry =>
      isNumeric(e) && e.unit === part.unit && (e.id === part.id || listedTogether(e, part)),
  );
  const sum = parts.reduce((t, e) => t + e.value, 0);
  return sum < whole.value ? { whole, parts } : undefined;
}

/**
 * The whole the part follows with ", of which": larger, in the part's unit, no plan. The part must
 * be the only one written between the whole and "the rest" ("of which A from X, B from Y and the
 * rest from Z" leaves the whole minus A and B, which one part cannot give).
 */
function ofWhichWhole(
  part: NumericEntry,
  entryAt: number,
  writtenPos: number,
  toRest: string,
  index: SearchIndex,
): Whole | undefined {
  const whole = wholeOf(part, entryAt, index);
  if (!whole || whole.unit !== part.unit || whole.value <= part.value || DIGIT.test(toRest)) return undefined;
  const wholeAt = writtenAt(part.sentence, whole.written);
  if (wholeAt < 0 || DIGIT.test(part.sentence.slice(wholeAt + whole.written.length, writtenPos)))
    return undefined;
  const i = index.kb.entries.indexOf(whole);
  return i < 0 || index.entryIsPlan[i] === 1 ? undefined : { entry: whole };
}
