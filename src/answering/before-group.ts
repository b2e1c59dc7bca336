// "How many leading enterprises were there before the 3rd batch was named?" asked of a report that
// writes "identified the 3rd batch of 58 leading enterprises, bringing the total to 326": the total
// as it stood before that batch is the running total less the batch (326 − 58), both cited. Only a
// running total written right after its batch (knowledge/label-total-to.ts labels it "(total)") and
// a batch whose sentence names the ordinal asked are used: any other pair would be a guess.
import { formatValue } from "../knowledge/figures.js";
import { isNumeric, type NumericEntry } from "../knowledge/schema.js";
import type { Derived } from "./compute.js";
import { GROUP_NOUNS } from "./groups.js";
import { type RankedEntry, type Scoring, unionCoverage } from "./rank.js";
import type { SearchIndex } from "./search-index.js";
import type { Question } from "./understand.js";

const ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"];
const ORDINAL = String.raw`(?:${ORDINAL_WORDS.join("|")}|\d{1,2}(?:st|nd|rd|th))`;
// "before the 3rd batch (was named)", "prior to the second round".
const BEFORE_GROUP = new RegExp(
  String.raw`\b(?:before|prior to)\s+(?:the\s+)?(${ORDINAL})\s+(${GROUP_NOUNS})\b`,
  "i",
);
const RUNNING_TOTAL = /\s*\(total\)$/;
/** How many figures of the best-ranked the running total is looked for among. */
const CANDIDATES = 4;

/** The number an ordinal writes: "third" and "3rd" are 3. */
export function ordinalNumber(text: string): number | undefined {
  const word = ORDINAL_WORDS.indexOf(text.toLowerCase());
  if (word >= 0) return word + 1;
  const digits = /^(\d{1,2})(?:st|nd|rd|th)$/i.exec(text);
  return digits ? Number(digits[1]) : undefined;
}

/** Whether a sentence names the group of ordinal `n` ("the 3rd batch", "the third batch"). */
function namesGroup(sentence: string, n: number): boolean {
  const re = new RegExp(String.raw`\b(${ORDINAL})\s+(?:${GROUP_NOUNS})\b`, "gi");
  return [...sentence.matchAll(re)].some((m) => ordinalNumber(m[1]!) === n);
}

/** The running total less the group the question names, when the report writes both; else undefined. */
export function totalBeforeGroup(
  q: Question,
  index: SearchIndex,
  scoring: Scoring,
  ranked: RankedEntry[],
): Derived | undefined {
  const asked = BEFORE_GROUP.exec(q.english);
  const n = asked ? ordinalNumber(asked[1]!) : undefined;
  if (!asked || n === undefined) return undefined;
  for (const r of ranked.slice(0, CANDIDATES)) {
    const total = r.entry;
    if (!isNumeric(total) || !RUNNING_TOTAL.test(total.label)) continue;
    const group = index.kb.entries[r.index - 1];
    if (
      !group ||
      !isNumeric(group) ||
      group.sentence !== total.sentence ||
      group.kind !== total.kind ||
      group.unit !== total.unit ||
      group.value >= total.value ||
      !namesGroup(group.sentence, n)
    )
      continue;
    const value = total.value - group.value;
    const figure = formatValue(value, total.unit);
    return {
      value,
      unit: total.unit,
      figure,
      label: `${total.label.replace(RUNNING_TOTAL, "")} before the ${asked[1]} ${asked[2]}`,
      arithmetic: `${total.written} − ${group.written} = ${figure}`,
      inputs: [total as NumericEntry, group],
      coverage: unionCoverage(scoring, [r.index, r.index - 1]),
    };
  }
  return undefined;
}
