// "How big is the World Bank loan for the foreign-funded project?" of a report whose foreign-funded
// section gives only the project funds put in: the figure matches the rest of the question well,
// but not the thing asked about (the loan), which the report names other figures with ("loans for
// poor areas"). Where the report's own labels use the noun, a figure whose words lack it measures
// something else, however much else it shares. (A noun no label uses may be the question's own
// word for the figure's thing: "issues" of a bulletin the report counts in "periods".)
import { QUANTITY_NOUNS, stem } from "../text/words.js";
import { WRITTEN_UNIT } from "../knowledge/units.js";
import { isEnglishWord } from "./background.js";
import type { Entry, NumericEntry } from "../knowledge/schema.js";
import type { RankedEntry, Scoring } from "./rank.js";
import { salience } from "./register.js";
import { askedWords, thingAsked, thingWords } from "./subject.js";
import type { Question } from "./understand.js";

// A noun this common in everyday English is a placeholder ("things", "stuff"), not a topic (as in subject.ts).
const PLACEHOLDER_SALIENCE = 0.1;
// Words for what is computed or for a figure as such name no thing of the report.
export const FIGURE_NOUN =
  /^(?:total|totals|average|averages|sum|difference|gap|figure|figures|number|amount|value|size)$/;

// "By how many mu …", "how many yuan …": a unit of money, length or area the question asks in says
// what kind of figure it wants, not what the figure is of.
const isMeasureUnit = (word: string) => WRITTEN_UNIT.exec(word)?.[0].trim() === word;

/** Ranked figures looked at for a label that names the thing asked. */
const LABELS_LOOKED_AT = 20;

/**
 * The noun naming the thing a question asks about, when it is a topic word of the report's (not a
 * word for a figure, a unit, a placeholder or a word the reading dropped): its query term's place.
 */
function askedTerm(q: Question, scoring: Scoring): { thing: string; at: number } | undefined {
  const thing = thingAsked(q);
  if (!thing || FIGURE_NOUN.test(thing) || QUANTITY_NOUNS.includes(thing) || isMeasureUnit(thing))
    return undefined;
  if (salience(thing, "NOUN") <= PLACEHOLDER_SALIENCE) return undefined;
  const at = scoring.terms.findIndex((t) => t.term === stem(thing) && !t.term.startsWith("?"));
  // A word the reading dropped (everyday talk) or the reports lack is another rule's business.
  return at < 0 ? undefined : { thing, at };
}

// A label's head: its words before the first preposition or participle that qualifies them.
const QUALIFIER = /\s(?:of|for|in|to|by|from|on|with|at|under|through|into|[a-z]{3,}ed)\s/i;
const labelHead = (label: string) => {
  const at = label.search(QUALIFIER);
  return at < 0 ? label : label.slice(0, at);
};

const labelUses = (label: string, stems: ReadonlySet<string>) =>
  label
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((w) => stems.has(stem(w)));

/** Whether `top` leaves out the thing the question asks about, a noun other figures' labels use. */
export function missesTheThingAsked(
  q: Question,
  scoring: Scoring,
  top: RankedEntry,
  ranked: readonly RankedEntry[],
): boolean {
  // A Chinese question's head is read from its gloss, whose word order is not the question's.
  if (q.language !== "en") return false;
  // Tagging the question (thingAsked) costs more than the rest of an answer: only a figure that
  // leaves out one of the words the thing is among needs it.
  const matched = (w: string) => {
    const at = scoring.terms.findIndex((t) => t.term === stem(w));
    return at < 0 || (scoring.mask[top.slot]! & (1 << at)) !== 0;
  };
  if (askedWords(q).every(matched)) return false;
  const asked = askedTerm(q, scoring);
  if (!asked || !isEnglishWord(asked.thing) || (scoring.mask[top.slot]! & (1 << asked.at)) !== 0)
    return false;
  const stems = new Set([stem(asked.thing)]);
  return ranked
    .slice(0, LABELS_LOOKED_AT)
    .some((r) => r.entry.kind === top.entry.kind && labelUses(r.entry.label, stems));
}

/**
 * "How much subsidy did each relocated household get?" of a report that gives the funds invested in
 * relocation and the households moved: the average of those is funds per household, not a subsidy,
 * though the sentence mentions subsidies. A computation none of whose inputs' labels name the thing
 * asked (in the question's word or one the search took for it) computes something else, when other
 * figures' labels do name it.
 */
export function computedMissesTheThing(
  q: Question,
  scoring: Scoring,
  inputs: readonly NumericEntry[],
  ranked: readonly RankedEntry[],
): boolean {
  // A Chinese question's thing is read from its gloss ("… per household how many subsidies"): the
  // label words it is looked for in are English either way.
  // As above: tag the question only when some word the thing is among is missing from the inputs.
  const words = new Set(askedWords(q).map(stem));
  if ([...words].every((w) => inputs.some((e) => labelUses(e.label, new Set([w]))))) return false;
  const asked = askedTerm(q, scoring);
  if (!asked) return false;
  const term = scoring.terms[asked.at]!;
  // A modifier of the thing may name it as well ("microcredit" of "the average microcredit loan"),
  // when it heads the label ("Microcredit for poor households"); after the label's own head it only
  // says what that head was for ("Anti-poverty funds invested in relocation" for "relocation
  // subsidy": funds, not a subsidy).
  const stems = new Set([term.term, ...term.alts.map((a) => a.term)]);
  const modifiers = new Set(thingWords(q).map(stem));
  if (inputs.some((e) => labelUses(e.label, stems) || labelUses(labelHead(e.label), modifiers))) return false;
  // Other figures' labels name the thing; or the inputs' own sentence does ("under the principle
  // of differentiated subsidies, … invested N … and moved M households"), and no label of its
  // figures took it up: the sentence speaks of the thing without giving a figure of it.
  const thing = new Set([term.term]);
  return (
    ranked.slice(0, LABELS_LOOKED_AT).some((r) => labelUses(r.entry.label, thing)) ||
    inputs.some((e) => labelUses(e.sentence, thing))
  );
}

// "How much did <thing> go up / grow / increase …": the thing that changed is named before the verb
// of change (its last word: "the herders' wages", "the number of poor villages").
const CHANGED_THING =
  /\bhow much (?:did|does|do|has|have|had) ((?:[a-z'’-]+\s+){0,5}?)([a-z-]+?)(?:['’]s?)?\s+(?:go(?:ne)? up|went up|grow|grown|increase|increased|rise|risen|rose|climb|jump|improve|go down|gone down|fall|fallen|drop|decline|decrease)\b/;

/** The noun naming what a "how much did <thing> go up" question asks the change of; else undefined. */
export function changedThing(english: string): string | undefined {
  return CHANGED_THING.exec(english)?.[2];
}

/**
 * "How much did the wages go up in the counties that joined the pilot?" of a report
 * that gives the counties that joined but no wages of theirs: the question asks the change of one
 * thing (wages), and a figure whose label and clause do not name it (nor a synonym the search
 * took for it) is a figure of something else that shares the question's other words. Only for a
 * thing the report has a word for (another rule speaks for words it lacks).
 */
export function missesTheChangedThing(q: Question, scoring: Scoring, e: Entry): boolean {
  if (q.language !== "en") return false;
  const thing = changedThing(q.english);
  if (!thing || FIGURE_NOUN.test(thing) || QUANTITY_NOUNS.includes(thing)) return false;
  const term = scoring.terms.find((t) => t.term === stem(thing));
  if (!term) return false;
  const stems = new Set([term.term, ...term.alts.filter((a) => !a.near && !a.related).map((a) => a.term)]);
  return !labelUses(`${e.label} ${e.context}`, stems);
}
