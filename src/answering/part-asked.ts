// "How much of the central funds went to the key counties?" of a report that gives the central
// funds and never what any county got: a question "how much/many of <whole> <rest>" asks for a
// part of the whole it names, and the rest says which part. A figure whose own words (label, clause
// and aliases) name nothing of that rest beyond what the whole already says is the whole itself ("the
// repair budget" for "how much of the repair budget was used") or another part of it
// ("the central funds" for "how much of the 4.4 billion was spent"): not the part asked.
import type { Entry } from "../knowledge/schema.js";
import { MONTH_NAMES, isYearText } from "../text/years.js";
import { contentWords, stem } from "../text/words.js";
import type { Scoring } from "./rank.js";
import type { Question } from "./understand.js";

// The whole runs from "of" to the verb that starts the rest; only verbs a part question is asked
// with are looked for (an auxiliary, or a verb of going to or coming from): a question without
// one is not read (no tagging here).
const PART_OF =
  /\bhow (?:much|many) of\s+(.+?)\s+(?:was|were|is|are|has|have|had|did|went|go|goes|got|came|come|comes)\b\s*(.*)$/;

// Words that only date the part ("by the end of December 2011") say nothing of which part it is.
const DATING = new Set([...MONTH_NAMES.map((m) => stem(m.toLowerCase())), stem("year"), stem("date")]);

export type PartAsked = { whole: string[]; rest: string[] };

/** The stems of the whole a "how much of …" question names and of the rest that tells the part. */
export function partAsked(english: string): PartAsked | undefined {
  const m = PART_OF.exec(english.toLowerCase().replace(/[?!.]+\s*$/, ""));
  if (!m) return undefined;
  const stems = (text: string) =>
    contentWords(text)
      .filter((w) => !isYearText(w.surface) && !DATING.has(w.stem))
      .map((w) => w.stem);
  return { whole: stems(m[1]!), rest: stems(m[2]!) };
}

/**
 * Whether a figure whose own words (label and clause; of a computed figure, its label and its
 * inputs') are `own` leaves out the part a "how much of <whole> <rest>" question asks for: no word
 * of the rest that is not also (a synonym of) a word of the whole is among them.
 */
export function leavesOutThePart(q: Question, scoring: Scoring, own: string): boolean {
  if (q.language !== "en") return false;
  const asked = partAsked(q.clause);
  if (!asked || asked.rest.length === 0) return false;
  // A word with every word the search took for it: the question may name the part in its own
  // words ("given by firms" for the enterprises' donations, "residents" for the masses).
  const family = (s: string) => {
    const t = scoring.terms.find((x) => x.term === s);
    return [s, ...(t?.alts.map((a) => a.term) ?? [])];
  };
  const whole = new Set(asked.whole.flatMap(family));
  const telling = asked.rest.filter((s) => !family(s).some((x) => whole.has(x)));
  const stems = new Set(contentWords(own).map((w) => w.stem));
  return !telling.some((s) => family(s).some((x) => stems.has(x)));
}

/** A figure's own words: its label, the clause it is written in and the words people ask it with. */
export const ownWords = (e: Entry): string => [e.label, e.context, ...e.aliases].join(" ");

// Words that set one part against another: "how much of the loans went to the towns vs the hills".
const SIDES_APART = /\s+(?:vs\.?|versus|against|compared (?:with|to)|as against)\s+/;

/**
 * Whether a "how much of <whole> went to A vs B" question, which asks for each of two parts, is
 * answered by a figure whose own words name both parts: one figure of both ("40 schools in the
 * towns and some villages") is their total, not the split asked. Each part is told by its words
 * that are not (synonyms of) the whole's.
 */
export function totalOfTheSidesAsked(q: Question, scoring: Scoring, own: string): boolean {
  if (q.language !== "en") return false;
  const m = PART_OF.exec(q.clause.toLowerCase().replace(/[?!.]+\s*$/, ""));
  const asked = partAsked(q.clause);
  if (!m || !asked) return false;
  const sides = m[2]!.split(SIDES_APART);
  if (sides.length !== 2) return false;
  const family = (s: string) => {
    const t = scoring.terms.find((x) => x.term === s);
    return [s, ...(t?.alts.map((a) => a.term) ?? [])];
  };
  const whole = new Set(asked.whole.flatMap(family));
  const stems = new Set(contentWords(own).map((w) => w.stem));
  const named = (side: string) =>
    contentWords(side)
      .map((w) => w.stem)
      .filter((s) => !family(s).some((x) => whole.has(x)))
      .some((s) => family(s).some((x) => stems.has(x)));
  return sides.every(named);
}
