// People who left poverty against the poor population. "How many people got out of poverty?" asks
// for the year's flow ("lifted 1.2 million rural poor residents out of poverty"), not the level the
// poor population stood at ("the number of rural poor people dropped to 7.8 million", "the counties
// had 2.4 million rural poor people"). Both count the rural poor and match the question's words
// about equally, so a level can rank first; the figure whose own words say it left poverty is the
// one asked for.
import { isNumeric, type Entry, type NumericEntry } from "../knowledge/schema.js";
import { sameCountedUnit } from "../knowledge/units.js";
import type { RankedEntry } from "./rank.js";
import type { ChangeOf } from "./relations.js";
import type { Question } from "./understand.js";

// Leaving poverty, in the question's words or a figure's: "out of", "rid of", "escaped", "shook off";
// not money paid "out of poverty alleviation funds".
const LEFT_POVERTY =
  /\b(?:out of|rid of|escape[ds]?|escaping|shak(?:e|es|ing|en) off|shook off|emerg(?:e|es|ed|ing) from)\s+(?:\w+\s+)?poverty\b(?!\s+(?:alleviation|reduction|relief|funds?|line|standard|incidence|rate)\b)/i;

// "reduced its rural poor population by 1.62 million" ("Decrease of rural poor population"): the
// poor population's fall over the year is the people who left poverty, said the other way round.
const POOR_FELL =
  /^(?:Decrease|Reduction|Fall|Drop|Decline) of (?:the )?[\w\s-]*\bpoor (?:population|people)\b/i;

/** Whether a text speaks of leaving poverty ("lifted N people out of poverty", "get rid of poverty"). */
export const speaksOfLeavingPoverty = (text: string) => LEFT_POVERTY.test(text);

// The figure that says it left poverty must match the question about as well as the level does,
// among the first few.
const EXIT_MARGIN = 0.1;
// A fall of the poor population says the exit the other way round, in none of the question's words
// for leaving ("lift … out of poverty"): those, about a fifth of a short question, are no words it lacks.
const POOR_FELL_MARGIN = 0.2;
const EXIT_CANDIDATES = 4;

// Among the first few a figure may match a little less of the question than the level (a fall of
// the poor population less still); further down, at least as much.
const exitMargin = (r: RankedEntry, place: number) =>
  place >= EXIT_CANDIDATES ? 0 : POOR_FELL.test(r.entry.label) ? POOR_FELL_MARGIN : EXIT_MARGIN;

/** The ranking with a figure of people who left poverty first, when the question asks for them. */
export function exitBeforeLevel(q: Question, ranked: RankedEntry[]): RankedEntry[] {
  const top = ranked[0];
  if (!top || q.form || q.derivation || q.language !== "en" || !speaksOfLeavingPoverty(q.english))
    return ranked;
  const left = (r: RankedEntry) =>
    speaksOfLeavingPoverty(`${r.entry.label} ${r.entry.context}`) || POOR_FELL.test(r.entry.label);
  if (left(top)) return ranked;
  // Further down, one that matches at least as much of the question as the level does: the
  // level's label may merely be shorter ("Number of rural poor residents" against "Decrease of
  // rural poor population by Chongqing Municipality"), which ranks it above figures of other things.
  const exit = ranked
    .slice(1)
    .find(
      (r, i) =>
        left(r) &&
        r.entry.kind === top.entry.kind &&
        r.entry.report === top.entry.report &&
        r.coverage >= top.coverage - exitMargin(r, i + 1),
    );
  return exit ? [exit, ...ranked.filter((r) => r !== exit)] : ranked;
}

// A level of the poor population the year ended at: "the poor population at year end was 4.48 million".
const POOR_LEVEL = /\bpoor\b.*\b(?:population|people|residents)\b|\bpopulation\b.*\bpoor\b/i;
const YEAR_END = /\b(?:at (?:the )?year[- ]end|(?:at|by) the end of (?:the year|this year|\d{4}))\b/i;

/**
 * "1.42 million rural poor people were lifted out of poverty; the poor population at year end was
 * 4.48 million": the people who left poverty in the year, stated in the sentence of the poor
 * population the year ended at, are the year's fall of that population (the level it started
 * from is the two added). Only a count of one unit, of the same year, in the same sentence.
 */
export function exitsOfYearEndLevel(
  level: NumericEntry,
  at: number,
  entries: readonly Entry[],
): ChangeOf | undefined {
  if (level.kind !== "count" || !POOR_LEVEL.test(level.label) || speaksOfLeavingPoverty(level.label))
    return undefined;
  if (!YEAR_END.test(`${level.label} ${level.sentence}`)) return undefined;
  const exits = entries.filter(
    (e, i): e is NumericEntry =>
      i !== at &&
      isNumeric(e) &&
      e.sentence === level.sentence &&
      e.report === level.report &&
      e.kind === "count" &&
      e.year === level.year &&
      sameCountedUnit(e.unit, level.unit) &&
      speaksOfLeavingPoverty(`${e.label} ${e.context}`),
  );
  return exits.length === 1 ? { changes: exits, direction: "down" } : undefined;
}
