// "What was the grant after the 2012 rise?", "the allowance after this year's rise": the level a
// change led to, which is the year's own figure as the report states it. The change noun only dates
// the level; searched, it would favour the change itself ("Growth of the allowance (percent)") over
// the level asked. The mirror of "before the 2009 decline" (understand.ts), which works a level back.
import { YEAR } from "../text/years.js";

const AFTER_CHANGE = new RegExp(
  String.raw`\b(?:after|following)\s+(?:the\s+(?:${YEAR}\s+)?|(?:that|this|the)\s+year['’]s\s+|${YEAR}['’]s\s+|its\s+)(?:[a-z-]+\s+){0,2}?(increase|rise|raise|hike|adjustment|cut|reduction|decrease|drop|change)s?\b`,
);

/** The change noun of an "after the (year's) change" phrase the question dates its level by, if any. */
export function afterChangeNoun(english: string): string | undefined {
  return AFTER_CHANGE.exec(english)?.[1];
}
