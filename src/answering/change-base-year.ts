// "Did the funds grow by more than 20% over 2012?", "how much did X rise compared with 2012?": a
// year right after the base word of a change is the year the change is measured from, not the one
// asked about. The change is the next year's (reports give year-on-year changes), so that year is
// the one the question asks; the base year itself names no figure to look up.
import { YEAR } from "../text/years.js";

// A verb or noun of change somewhere in the question.
const CHANGE_WORD =
  /\b(?:rose|risen|rise|rises|grew|grown|grow|grows|growth|increased?|increases|went up|gone up|fell|fallen|dropped|declined|decreased|reduced|decrease|decline)\b/;
// The base of a change: "over 2012", "compared with 2012", "on 2012" ("than 2012" may weigh two
// years' own figures, "from 2012 to 2013" names both: neither is read here).
const BASE_YEAR = new RegExp(
  String.raw`\b(?:over|compared (?:with|to)|on)\s+(?:the\s+)?(?:end of\s+)?(${YEAR})\b`,
);

/**
 * The years a question asks about, with a lone base year of a change read as the year after it
 * (the change's own year); `years`: the years the question names, as read.
 */
export function yearsAskedOfChange(english: string, years: number[]): number[] {
  if (years.length !== 1 || !CHANGE_WORD.test(english)) return years;
  const base = BASE_YEAR.exec(english);
  if (!base || Number(base[1]) !== years[0]) return years;
  return [years[0]! + 1];
}
