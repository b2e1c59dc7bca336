// "Did incomes in the key counties grow faster than the provincial average?" asked of a report that
// writes the one rate and, right after it, how far it stood above the other ("up 14.6%, 1.9
// percentage points higher than the growth of the provincial average"): the report states the
// answer. The other rate is the first less the points (or plus them, for "lower"), so the verdict
// rests on two rates, both cited, even where the report never writes the second one as a figure
// and a search for it would only find some other rate of the province.
import { formatValue } from "../knowledge/figures.js";
import { isNumeric, type NumericEntry } from "../knowledge/schema.js";
import { YEAR } from "../text/years.js";
import { contentWords, lowerFirst } from "../text/words.js";
import { match, sameFamily } from "./actors.js";
import { FORM_WORDS } from "./forms.js";
import type { Comparison } from "./forms.js";
import { GAP_LABEL, gapIsAbove } from "./rate-gap.js";
import type { RankedEntry } from "./rank.js";
import type { SearchIndex } from "./search-index.js";

/** The share of a side's words the gap's "than …" (or the rate's label) must name to be about that side. */
const MIN_THAN_MATCH = 0.5;

export type StatedGap = {
  /** The rate the gap is written after (either side's). */
  rate: NumericEntry;
  gap: NumericEntry;
  /** The other rate: the rate less (or plus) the gap. */
  other: number;
  /** Whether the question's left side is the higher of the two. */
  leftAbove: boolean;
  statement: string;
  arithmetic: string;
};

/** The gap in points written right after the rate at `at` in its sentence, if any. */
function gapAfter(index: SearchIndex, at: number): NumericEntry | undefined {
  const rate = index.kb.entries[at];
  const next = index.kb.entries[at + 1];
  if (!rate || !next || !isNumeric(rate) || rate.kind !== "percent") return undefined;
  if (next.report !== rate.report || next.sentence !== rate.sentence || !isNumeric(next)) return undefined;
  return GAP_LABEL.test(next.label) ? next : undefined;
}

/**
 * A side's words as a gap's "than …" may name them: less the years (a rate's year is its sentence's)
 * and less the words that only say "all of it" ("the provincial average", "the whole province",
 * "the province overall" name one thing) or that it changed.
 */
const sideNamed = (side: string) =>
  side.replace(
    new RegExp(`\\b(?:in\\s+)?${YEAR}\\b|${WHOLE_WORDS.source}|${CHANGE_VERBS.source}`, "gi"),
    " ",
  );
const WHOLE_WORDS = /\b(?:average|whole|overall|entire|as a whole)\b/;
// The verb a side carries ("income grow") says the figures are rates of change, as the gap does.
const CHANGE_VERBS = /\b(?:grow|grew|grown|growing|rise|rose|risen|rising|increase|increased|increasing)\b/;

/**
 * The stated gap that settles whether the left side's rate is above the right side's: one written
 * after either side's figure, its "than …" naming one side and not the other. The rate it is
 * written after is the other side's, whichever side the search gave it to ("did the province grow
 * faster than the key counties" may find the key counties' rate for both). Undefined when no
 * figure found has such a gap.
 */
export function statedGap(
  form: Comparison,
  index: SearchIndex,
  left: RankedEntry | undefined,
  right: RankedEntry | undefined,
): StatedGap | undefined {
  for (const found of [left, right]) {
    if (!found) continue;
    const gap = gapAfter(index, found.index);
    if (!gap) continue;
    const than = gap.label.replace(GAP_LABEL, "");
    const rate = found.entry as NumericEntry;
    // Only a side's own words tell it apart: those the rate's label also writes ("income" of both
    // "the provincial average income" and the key counties' income growth) name what is compared.
    const labelled = contentWords(rate.label).map((w) => w.stem);
    // (Every word counts, used in the report or not: "provincial" may be written "province".)
    const distinct = (side: string) => [
      ...new Set(
        contentWords(sideNamed(side))
          .filter((w) => w.stem.length > 2 && !FORM_WORDS.has(w.surface))
          .map((w) => w.stem)
          .filter((w) => !labelled.some((l) => sameFamily(w, l))),
      ),
    ];
    const names = (side: string) => {
      const words = distinct(side);
      return words.length > 0 ? match(words, sideNamed(than), index, gap.report) : 0;
    };
    const namesLeft = names(form.left);
    const namesRight = names(form.right);
    if (Math.max(namesLeft, namesRight) < MIN_THAN_MATCH || namesLeft === namesRight) continue;
    // The gap's rate is the side its "than" does not name, and its own label must name that side.
    const rateIsLeft = namesRight > namesLeft;
    const rateSide = sideNamed(rateIsLeft ? form.left : form.right);
    if (match(rateSide, rate.label, index, rate.report) < MIN_THAN_MATCH) continue;
    const above = gapIsAbove(gap.label);
    const other = rate.value + (above ? -gap.value : gap.value);
    const otherFigure = formatValue(other, rate.unit);
    return {
      rate,
      gap,
      other,
      leftAbove: rateIsLeft ? above : !above,
      statement: `${rate.written} (${lowerFirst(rate.label)}) is ${gap.written} ${above ? "higher" : "lower"} than ${than} (${otherFigure}).`,
      arithmetic: `${rate.written} ${above ? "−" : "+"} ${gap.written} = ${otherFigure}`,
    };
  }
  return undefined;
}
