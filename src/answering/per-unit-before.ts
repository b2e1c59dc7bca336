// An amount given for each one of a group the sentence before counts: "Of which: short courses:
// 12,000 person-times; secondary vocational schooling: 3,200 people. Each student of vocational
// schooling received a grant of 2,000 yuan." The amount's own sentence counts nobody; it opens with
// "each <one of a kind> <what sets them apart>", and the one count of that kind the sentence before
// writes with those same words is the group. When no count, or more than one, fits, there is no
// pair: a total is never made from a count the words do not single out.
import { isNumeric, type NumericEntry } from "../knowledge/schema.js";
import { countUnitIn, PERSON_UNITS } from "../knowledge/units.js";
import { findWritten, SENTENCE_WINDOW } from "./relations.js";
import { termsOf, type SearchIndex } from "./search-index.js";

// "Each student of vocational education got …", "Every household moving into the new sites
// received …": the one counted, then the words that say which ones, up to the verb of receiving.
const EACH_OPENING =
  /^\s*(?:each|every)\s+([a-z]+)\s+((?:of|in|at|from|receiving|attending|studying|moving|enrolled|living)\b[^,;]{2,80}?)\s+(?:got|received|was\s+given|was\s+granted|obtained|enjoyed)\b/i;

/** The count the sentence before gives for the group an "Each …" sentence's amount is given to. */
export function countOfSentenceBefore(
  e: NumericEntry,
  at: number,
  index: SearchIndex,
): NumericEntry | undefined {
  if (e.kind !== "money") return undefined;
  const m = EACH_OPENING.exec(e.sentence);
  if (!m || findWritten(e) < m[0].length) return undefined;
  const unit = countUnitIn(m[1]!);
  if (!unit) return undefined;
  const which = termsOf(m[2]!);
  if (which.length === 0) return undefined;
  const { entries } = index.kb;
  // The amount's own sentence counts nobody else.
  const own = (x: (typeof entries)[number]) => x.report === e.report && x.sentence === e.sentence;
  let first = at;
  while (first > 0 && own(entries[first - 1]!)) first--;
  for (let i = at + 1; i < entries.length && own(entries[i]!); i++)
    if (entries[i]!.kind === "count") return undefined;
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
