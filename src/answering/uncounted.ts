// "How many farmers' cooperatives were supported?" of a sentence that "supported 312 leading
// enterprises and a number of farmers' professional cooperatives": the sentence names the thing
// asked about without counting it, and its figure counts something else. That figure is no answer.
import { writtenAt } from "../knowledge/written-at.js";
import type { Entry } from "../knowledge/schema.js";
import { countUnitIn, MEASURE_WORD_UNITS, PERSON_UNITS } from "../knowledge/units.js";
import { stem } from "../text/words.js";
import type { Question } from "./understand.js";

// The counted phrase up to the verb or preposition after it; its last word is the head noun.
const HOW_MANY_HEAD =
  /\bhow many\s+((?:[a-z'’-]+\s+){0,4}?[a-z-]+s)\s+(?:were|was|are|is|did|do|does|have|has|had|got|received|in|under|of|for|by|from)\b/;

/** The plural head noun a "how many" question counts, as written; undefined when none is clear. */
export function countedHead(english: string): string | undefined {
  // A remark in brackets after the noun ("houses (number of units) were built") is no part of it.
  const plain = english.replace(/\s*\([^()]*\)/g, "");
  const head = HOW_MANY_HEAD.exec(plain)?.[1]?.split(/\s+/).at(-1);
  return head && head !== "people" && !/['’]s?$/.test(head) ? head : undefined;
}

/**
 * Whether `e` counts something other than what the question counts, where its own sentence names
 * that thing: the report mentions it and gives no count of it there. Only for a counted noun no
 * figure of the knowledge counts (a counted unit the question reader knows is matched already).
 */
export function countsAnotherThing(q: Question, e: Entry): boolean {
  if (e.kind !== "count" || q.countUnit) return false;
  const head = countedHead(q.english);
  if (!head) return false;
  const asked = stem(head);
  const counted = e.unit?.trim().split(/\s+/).at(-1);
  if (!counted || stem(counted.toLowerCase()) === asked) return false;
  const sentence = e.sentence.toLowerCase();
  const names = (text: string) => text.split(/[^a-z-]+/).some((w) => w.length > 2 && stem(w) === asked);
  if (!names(sentence)) return false;
  // The figure as written names it ("286,000 person-times", read in "times"): it counts the thing.
  if (names(e.written.toLowerCase())) return false;
  // Named right after the figure, the thing is what the figure counts, whatever unit was read for
  // it ("1,846 farmers' professional cooperatives", "2600 units and entrepreneurs").
  const at = writtenAt(sentence, e.written.toLowerCase());
  const after =
    at < 0
      ? ""
      : sentence
          .slice(at + e.written.length)
          .split(/\s+/)
          .slice(0, COUNTED_PHRASE_WORDS)
          .join(" ");
  return !names(after);
}

/** The words after a figure that say what it counts. */
const COUNTED_PHRASE_WORDS = 6;

/**
 * Whether `e` counts a unit the question does not count, both units being ones the reader knows:
 * "how many poor households benefited … in Queshan and Fan County" is not answered by "2 counties"
 * (the places only say where). Persons counted under any of their names ("farmers", "cadres") are
 * people all the same. Only for English: a Chinese question's counted noun is read from its gloss,
 * where 多少 may count the noun before a 的 (多少农村人口的饮水问题) and the gloss ends on another.
 */
export function countsAnotherUnit(q: Question, e: Entry, indexed?: string): boolean {
  if (q.language !== "en" || !q.countUnit || e.kind !== "count") return false;
  const unit = indexed ?? countUnitIn(e.unit) ?? e.unit;
  if (!countUnitIn(unit) || unit === q.countUnit) return false;
  // "How many info items …" of "1,800 pieces of information": two measure words, one thing counted.
  if (MEASURE_WORD_UNITS.has(unit) && MEASURE_WORD_UNITS.has(q.countUnit)) return false;
  const person = (u: string) => u === "people" || PERSON_UNITS.has(u);
  return !(person(unit) && person(q.countUnit));
}

// "What is the <measure> of the <things> …": the measure asked of the things the figure counts.
const MEASURE_OF_COUNTED =
  /\b(?:what(?:'s|\s+is|\s+was|\s+are|\s+were)|how (?:big|large|much) (?:is|was|are|were))\s+the\s+(?:[a-z-]+\s+){0,3}?([a-z-]+)\s+of\s+(?:the\s+|all\s+the\s+|these\s+|those\s+)?(?:[a-z'’-]+\s+){0,3}?([a-z-]+s)\b/;
// Words for a figure as such, or for what is computed from figures: "the number of the reservoirs"
// asks the count itself.
const FIGURE_WORD =
  /^(?:total|totals|number|numbers|count|amount|sum|figure|figures|average|share|proportion|percentage|ratio|rate|quantity|size|scale|value|difference|gap)$/;

/** The measure and the counted noun of "what is the <measure> of the <things>", as written. */
export function measureOfCounted(english: string): { measure: string; counted: string } | undefined {
  const m = MEASURE_OF_COUNTED.exec(english);
  return m ? { measure: m[1]!, counted: m[2]! } : undefined;
}

/**
 * "What is the total floor area of the clinics built?" of a report that counts the
 * clinics: a count of the things is no measure of them (their capacity, cost, area). Whether `e`
 * counts the things whose measure the question asks.
 */
export function countsWhatIsMeasured(q: Question, e: Entry): boolean {
  if (q.language !== "en" || e.kind !== "count") return false;
  const asked = measureOfCounted(q.english);
  if (!asked || FIGURE_WORD.test(asked.measure) || stem(asked.measure) === stem(asked.counted)) return false;
  const counted = e.unit?.trim().split(/\s+/).at(-1);
  return !!counted && stem(counted.toLowerCase()) === stem(asked.counted);
}
