// "How much was spent per disabled household?" of a report that gives the money and the households
// served, never which of them were disabled: the words the question puts before its unit ("disabled") say
// which units it divides by, and a count whose sentence and label never write them counts other
// units (all the households), so the average over it is not the one asked. Words the question's search
// took for them count as written ("poor" for "impoverished").
import { PER_UNIT_PATTERN } from "../knowledge/units.js";
import type { NumericEntry } from "../knowledge/schema.js";
import { stem, STOPWORDS } from "../text/words.js";
import type { Scoring } from "./rank.js";
import type { SearchIndex } from "./search-index.js";
import { contentTokens } from "./other-sentence.js";
import { isEnglishWord } from "./background.js";
import type { Question } from "./understand.js";

// The words between "per" and the unit ("per newly relocated household"), as understand.ts's PER
// reads an average, with at least one of them.
const PER_WITH_MODIFIERS = new RegExp(
  String.raw`\b(?:per|for each|for every|each|every)\s+((?:(?!(?:of|the|a|an|these|those|its|their|all|one)\b)[\w'-]+\s+){1,3}?)(?:${PER_UNIT_PATTERN})\b`,
);

// A stem this long that begins a written word is that word's (registr-ation, regist-ered).
const MIN_STEM = 5;

/** Whether an average's divisor leaves out a word the question's per-phrase qualifies its unit by. */
export function perPhraseMissedBy(
  q: Question,
  index: SearchIndex,
  scoring: Scoring,
  den: NumericEntry,
): boolean {
  if (q.language !== "en" || q.derivation?.type !== "average") return false;
  const m = PER_WITH_MODIFIERS.exec(q.english);
  if (!m) return false;
  const section = index.reportsById
    .get(den.report)
    ?.sections.filter((x) => x.title === den.section)
    .flatMap((x) => [x.title, ...x.sentences]);
  const written = new Set(
    contentTokens([den.label, den.sentence, ...(section ?? [])].join(" ")).map((t) => t.stem),
  );
  // A word written in another form of it counts ("registration" for "registered").
  const derivedWritten = (s: string) => s.length >= MIN_STEM && [...written].some((x) => x.startsWith(s));
  return m[1]!
    .trim()
    .split(/\s+/)
    .filter((w) => !STOPWORDS.has(w))
    .some((w) => {
      const s = stem(w);
      const term = scoring.terms.find((t) => t.term === s || t.term === `?${s}`);
      if (!isEnglishWord(w)) return false;
      return ![s, ...(term?.alts.map((a) => a.term) ?? [])].some((a) => written.has(a) || derivedWritten(a));
    });
}
