// An amount written with its gap to another one: "the average monthly wage of the employed trainees
// was 2,350 Yuan, 680 Yuan higher than that of untrained labourers" states the untrained labourers'
// wage too, 2,350 − 680. Asked for that other amount (the question names what the "than" phrase
// names), the engine works it out with both figures cited. (rate-gap.ts does the same for rates
// in percentage points.)
import { formatValue } from "../knowledge/figures.js";
import { isNumeric, type NumericEntry } from "../knowledge/schema.js";
import type { Derived } from "./compute.js";
import { type RankedEntry, type Scoring, unionCoverage } from "./rank.js";
import { SENTENCE_WINDOW } from "./relations.js";
import { termsOf, type SearchIndex } from "./search-index.js";
import type { Question } from "./understand.js";

const ABOVE = new Set(["higher", "more", "above", "greater"]);
// ", <gap> higher than (that of) <what>" right after the amount.
const GAP_AFTER =
  /^,\s*(.+?)\s+(higher|more|above|greater|lower|less|below|smaller)\s+than\s+(?:that|those)\s+of\s+([^,.;]+)/i;
// A question about the gap itself ("how much higher") asks the stated gap, not the other amount.
const ASKS_GAP = /\bhow (?:much|many) (?:higher|lower|more|less)\b/;
/** The ranked figures the amount is looked for among. */
const CANDIDATES = 3;

/** The other amount of a stated gap, when the question names what the gap is measured against; else undefined. */
export function amountBeyondGap(
  q: Question,
  index: SearchIndex,
  scoring: Scoring,
  ranked: readonly RankedEntry[],
): Derived | undefined {
  if (q.kinds[0] !== "money" || q.form || ASKS_GAP.test(q.english)) return undefined;
  // An average asked is what a stated average's gap gives ("the average income of households …").
  const averageAsked = q.derivation?.type === "average";
  if (q.derivation && !averageAsked) return undefined;
  const asked = new Set(termsOf(q.english));
  for (const r of ranked.slice(0, CANDIDATES)) {
    const e = r.entry;
    if (!isNumeric(e) || e.kind !== "money" || (averageAsked && !/\baverage\b/i.test(e.label))) continue;
    const at = e.sentence.indexOf(e.written);
    const m = at < 0 ? null : GAP_AFTER.exec(e.sentence.slice(at + e.written.length));
    if (!m) continue;
    const other = m[3]!.trim();
    const own = e.label.replace(/\s+(?:higher|more|above|greater|lower|less|below|smaller)\s+than\b.*$/i, "");
    // The question names the other side by a word of its own, and the amount's side (the words after
    // the measure's last "of": "the employed trainees") by none of its own. "That of" is the measure.
    const otherTerms = termsOf(other);
    const ownTerms = termsOf(
      own
        .split(/\s+of\s+/)
        .slice(1)
        .at(-1) ?? "",
    );
    const otherOnly = otherTerms.filter((t) => !ownTerms.includes(t));
    const ownOnly = ownTerms.filter((t) => !otherTerms.includes(t));
    if (!otherOnly.some((t) => asked.has(t)) || ownOnly.some((t) => asked.has(t))) continue;
    // The gap is a figure of the same sentence, so it stands among the entries beside the amount.
    const from = Math.max(0, r.index - SENTENCE_WINDOW);
    const near = index.kb.entries.slice(from, r.index + SENTENCE_WINDOW + 1);
    const found = near.findIndex(
      (x) => x.report === e.report && x.sentence === e.sentence && x.written === m[1]!.trim(),
    );
    const gapAt = found < 0 ? -1 : from + found;
    const gap = index.kb.entries[gapAt];
    if (!gap || !isNumeric(gap) || gap.kind !== "money" || gap.unit !== e.unit) continue;
    const above = ABOVE.has(m[2]!.toLowerCase());
    const value = e.value + (above ? -gap.value : gap.value);
    const figure = formatValue(value, e.unit);
    return {
      value,
      unit: e.unit,
      figure,
      label: `${other.charAt(0).toUpperCase()}${other.slice(1)}, against ${own.charAt(0).toLowerCase()}${own.slice(1)}`,
      arithmetic: `${e.written} ${above ? "−" : "+"} ${gap.written} = ${figure}`,
      inputs: [e, gap as NumericEntry],
      coverage: unionCoverage(scoring, [r.index, gapAt]),
    };
  }
  return undefined;
}
