// An amount given for each one of a group the sentence before counts: "Of which: short courses:
// 12,000 person-times; secondary vocational schooling: 3,200 people. Each student of vocational
// schooling received a grant of 2,000 yuan." The amount's own sentence counts nobody; it opens with
// "each <one of a kind> <what sets them apart>" (or "each <what sets them apart> <one of a kind>":
// "Each rescue team was allocated 50,000 yuan"), and the one count of that kind the sentence before
// writes with those same words is the group. When no count, or more than one, fits, there is no
// pair: a total is never made from a count the words do not single out.
import { isNumeric, type NumericEntry } from "../knowledge/schema.js";
import { COUNT_NOUNS, countUnitIn, PERSON_UNITS } from "../knowledge/units.js";
import { stem } from "../text/words.js";
import { findWritten, SENTENCE_WINDOW } from "./relations.js";
import { termsOf, type SearchIndex } from "./search-index.js";

// "Each student of vocational education got …", "Every household moving into the new sites
// received …": the one counted, then the words that say which ones, up to the verb of receiving.
const RECEIVING = String.raw`(?:got|received|was\s+(?:given|granted|allocated|provided\s+with)|obtained|enjoyed)\b`;
const EACH_OPENING = new RegExp(
  String.raw`^\s*(?:each|every)\s+([a-z]+)\s+((?:of|in|at|from|receiving|attending|studying|moving|enrolled|living)\b[^,;]{2,80}?)\s+` +
    RECEIVING,
  "i",
);
// "Each township clinic received …", "Every rescue team was allocated …": the words that say which
// ones come before the one counted (one to three of them), and the verb of receiving follows it.
const EACH_NAMED_OPENING = new RegExp(
  String.raw`^\s*(?:each|every)\s+((?:[a-z-]+\s+){1,3}?)([a-z]+)\s+` + RECEIVING,
  "i",
);

// A count noun of the report's text by its stem ("team" → "teams"), for the ones no question unit names.
const COUNT_NOUN_BY_STEM: ReadonlyMap<string, string> = new Map([...COUNT_NOUNS].map((n) => [stem(n), n]));
const countNounOf = (word: string) => countUnitIn(word) ?? COUNT_NOUN_BY_STEM.get(stem(word));

/** The one counted and the words that say which, of an amount's sentence opening with "each …". */
function eachOpening(sentence: string): { length: number; unit: string; which: string } | undefined {
  const m = EACH_OPENING.exec(sentence);
  const unit = m && countUnitIn(m[1]!);
  if (m && unit) return { length: m[0].length, unit, which: m[2]! };
  const n = EACH_NAMED_OPENING.exec(sentence);
  const named = n && countNounOf(n[2]!);
  return n && named ? { length: n[0].length, unit: named, which: n[1]! } : undefined;
}

/** The count the sentence before gives for the group an "Each …" sentence's amount is given to. */
export function countOfSentenceBefore(
  e: NumericEntry,
  at: number,
  index: SearchIndex,
): NumericEntry | undefined {
  if (e.kind !== "money") return undefined;
  const opening = eachOpening(e.sentence);
  if (!opening || findWritten(e) < opening.length) return undefined;
  const { unit } = opening;
  const which = termsOf(opening.which);
  if (which.length === 0) return undefined;
  const { entries } = index.kb;
  // The amount's own sentence counts nobody before it, and none of the kind "each" names after it: a
  // later clause may count what the group did ("…, and the teams carried out 900 projects").
  const own = (x: (typeof entries)[number]) => x.report === e.report && x.sentence === e.sentence;
  let first = at;
  while (first > 0 && own(entries[first - 1]!)) first--;
  for (let i = at + 1; i < entries.length && own(entries[i]!); i++) {
    const x = entries[i]!;
    if (isNumeric(x) && x.kind === "count" && sameKind(unit, x.unit)) return undefined;
  }
  for (let i = first; i < at; i++) if (entries[i]!.kind === "count") return undefined;
  const before = entries[first - 1];
  if (!before || before.report !== e.report || before.section !== e.section) return undefined;
  const fits: NumericEntry[] = [];
  for (let i = first - 1; i >= Math.max(0, first - SENTENCE_WINDOW); i--) {
    const x = entries[i]!;
    if (x.sentence !== before.sentence || x.report !== e.report) break;
    if (!isNumeric(x) || x.kind !== "count" || !sameKind(unit, x.unit)) continue;
    const words = new Set(termsOf(`${x.label} ${x.context}`));
    if (which.every((w) => words.has(w))) fits.push(x);
  }
  return fits.length === 1 ? fits[0] : undefined;
}

/** A count in `unit` counts the ones "each <unit>" names: the same unit, or persons of any kind. */
const sameKind = (unit: string, counted: string) =>
  unit === counted || (PERSON_UNITS.has(unit) && (counted === "people" || PERSON_UNITS.has(counted)));
