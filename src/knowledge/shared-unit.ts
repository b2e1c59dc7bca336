// "23.5 million and 18.6 million Yuan", "12, 15 and 20 km": figures listed with one unit written
// after the last of them share that unit. A bare number whose list ends in a unit is read in it,
// so the first amount of "received 23.5 million and 18.6 million Yuan respectively" is money, as its
// sibling is, not a count of nothing.

import { WRITTEN_UNIT } from "./units.js";

// One more number of the list after a figure: a comma, "and", "or" or "to", then the number with
// its scale word (its thousands grouped by commas or thin spaces, spaced-thousands.ts).
const NEXT_IN_LIST =
  /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|to\s+)\d[\d,\u2009]*(?:\.\d+)?(?:\s+(?:thousand|million|billion))?(?=\s)/;

/** The longest a list of figures sharing a unit is read for. */
const MAX_LISTED = 6;

/**
 * The text right after the last number of the list that the figure before `after` opens, where
 * that list's unit would be written; undefined when no other number follows the figure.
 */
export function afterListedFigures(after: string): string | undefined {
  let rest = after;
  let listed = 0;
  for (let m = NEXT_IN_LIST.exec(rest); m && listed < MAX_LISTED; m = NEXT_IN_LIST.exec(rest)) {
    rest = rest.slice(m[0].length);
    listed++;
  }
  return listed > 0 ? rest : undefined;
}

/** The unit word (WRITTEN_UNIT's) that the list of figures opened before `after` ends in, if any. */
export const listUnitAfter = (after: string): string | undefined => {
  const end = afterListedFigures(after);
  return end === undefined ? undefined : WRITTEN_UNIT.exec(end)?.[1];
};

/** Whether the figure `written` in `sentence` is money by the currency its list ends in. */
export const listedInCurrency = (sentence: string, written: string): boolean => {
  for (let at = sentence.indexOf(written); at >= 0; at = sentence.indexOf(written, at + 1)) {
    const unit = listUnitAfter(sentence.slice(at + written.length));
    if (unit && /^(?:yuan|rmb)$/i.test(unit)) return true;
  }
  return false;
};
