// "How much did the funds rise from 2011 to 2012?", "by how many Yuan did income grow between 2010 and
// 2011?": the change of one figure between two years asked as an amount, which is the later year's
// figure minus the earlier one's (after a fall, the earlier minus the later). Read before any "per
// capita" in the question is taken for an average: the figure is per capita in both years.
import { YEAR } from "../text/years.js";

/** The verbs of a change, in their forms; one list for every reading of a change. */
export const CHANGE_VERB =
  "grow|grew|grown|increased?|rise|rose|risen|go up|went up|gone up|fall|fell|fallen|drop(?:ped)?|declined?|decreased?|shrink|shrank";
const FALL_WORDS = "fall|fell|fallen|drop|dropped|declined?|decreased?|shrink|shrank";
const FALL = new RegExp(`^(?:${FALL_WORDS})$`);
/** A verb of a fall anywhere in a question: the change asked runs downwards. */
export const FALL_VERB = new RegExp(String.raw`\b(?:${FALL_WORDS})\b`);

const BETWEEN_YEARS = new RegExp(
  String.raw`\bhow (?:much|many)\b(?!\s+(?:percent|per cent|percentage)\b).*?\b(${CHANGE_VERB})\b.*?\b(?:from|between)\s+(${YEAR})\s+(?:to|and)\s+(${YEAR})\b`,
);

/** The two sides of the change asked, as years (the first side minus the second), if one is asked. */
export function changeBetweenYears(q: string): { left: string; right: string } | undefined {
  const m = BETWEEN_YEARS.exec(q);
  if (!m) return undefined;
  const [a, b] = [Number(m[2]), Number(m[3])];
  if (a === b) return undefined;
  const [earlier, later] = a < b ? [a, b] : [b, a];
  return FALL.test(m[1]!)
    ? { left: String(earlier), right: String(later) }
    : { left: String(later), right: String(earlier) };
}
