// "How much of the 2011 lottery projects' planned investment was actually spent?", "how much of the
// loans … had been repaid?": the question names a whole and asks for the part of it that did
// something. A figure whose own words (label and clause) have none of the words saying which part
// is the whole itself, or another part: the part asked is not broken out. "How much of the 2011
// funds came from the central government?" is answered by the figure that names the central
// government. (Only the words as written: a word the search took for "spent" is "invested", and
// the planned investment is no part of itself that was spent.)
import type { Entry } from "../knowledge/schema.js";
import { termsOf } from "./search-index.js";
import type { Question } from "./understand.js";

// "how much/many of [the] <whole> <verb> <the part>": the whole runs up to the first verb.
const PART_OF_WHOLE =
  /\bhow (?:much|many) of (?!an?\b)(?:the |its |their |this |that |these |those )?[^?]+?\s(?:was|were|is|are|had|has|have|did|do|does|went|came|got|goes|comes|gets)\b([^?]*)/;

/** The words of a "how much of <whole> …" question that say which part is asked; empty: none. */
export function partWords(english: string): string[] {
  const rest = PART_OF_WHOLE.exec(english)?.[1];
  // A year or amount says when or how much, not which part.
  return rest ? termsOf(rest).filter((t) => !/\d/.test(t)) : [];
}

/** Whether `e`'s own words name none of the words saying which part of a named whole is asked. */
export function missesThePartAsked(q: Question, e: Entry): boolean {
  if (q.language !== "en") return false;
  const part = partWords(q.english);
  if (part.length === 0) return false;
  const own = new Set(termsOf(`${e.label} ${e.context}`));
  return !part.some((t) => own.has(t));
}
