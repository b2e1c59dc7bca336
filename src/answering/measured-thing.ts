// "How many km of irrigation channels were built?" of a sentence whose 7,460 km are village roads,
// and which goes on "…; irrigation channels were built in the dry areas": the sentence names the
// thing measured without measuring it, and its figure measures something else. The figure's own
// label and clause must name what the unit is of.
import type { Entry } from "../knowledge/schema.js";
import { stem } from "../text/words.js";
import type { RankedEntry, Scoring } from "./rank.js";
import type { Question } from "./understand.js";

const UNIT =
  "km|kms|kilomet(?:er|re)s?|mu|hectares?|square (?:meters|metres)|cubic (?:meters|metres)|tons?|tonnes?|yuan|rmb";
// The measured phrase up to the verb or preposition after it; its last word is the head noun.
const MEASURED_HEAD = new RegExp(
  String.raw`\bhow (?:many|much)\s+(?:${UNIT})\s+of\s+((?:[a-z'’-]+\s+){0,4}?[a-z-]+)\s+(?:were|was|are|is|did|do|does|have|has|had|got|received|in|under|for|by|from|built|laid|set)\b`,
);

/** The head noun of what a "how many <unit> of X" question measures, as written. */
export function measuredHead(english: string): string | undefined {
  return MEASURED_HEAD.exec(english)?.[1]?.split(/\s+/).at(-1);
}

/**
 * Whether `e` measures something other than the question's "<unit> of X", where its own sentence
 * names X outside the figure's label and clause (another clause of it).
 */
export function measuresAnotherThing(q: Question, e: Entry): boolean {
  if (e.kind === "count" || e.kind === "date" || e.kind === "percent") return false;
  const head = measuredHead(q.english);
  if (!head) return false;
  const asked = stem(head);
  const names = (text: string) =>
    text
      .toLowerCase()
      .split(/[^a-z-]+/)
      .some((w) => w.length > 2 && stem(w) === asked);
  return names(e.sentence) && !names(`${e.label} ${e.context}`);
}

/** The words of what a "how many <unit> of X" question measures, as written ("electric", "lines"). */
export function measuredWords(english: string): string[] {
  return MEASURED_HEAD.exec(english)?.[1]?.split(/\s+/) ?? [];
}

/**
 * Whether the figure matches none of the words of what a "how many <unit> of X" question measures:
 * neither X nor its modifiers, nor any word the search took for them ("how many km of fences" of
 * a figure whose words name only village roads; a misspelt or unknown X). The unit and the rest of
 * the question then fit a figure of something else, whose length or area is not the one asked.
 * One of them is enough ("electric lines" of "electric circuits").
 */
export function missesTheMeasuredThing(q: Question, scoring: Scoring, top: RankedEntry): boolean {
  const at = measuredWords(q.english)
    .map((w) => stem(w))
    .map((asked) => scoring.terms.findIndex((t) => t.term === asked || t.term === `?${asked}`))
    .filter((i) => i >= 0);
  return at.length > 0 && at.every((i) => (scoring.mask[top.slot]! & (1 << i)) === 0);
}
