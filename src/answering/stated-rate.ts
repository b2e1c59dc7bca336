// An average asked for ("how much did each household gain") that the report states as a figure per
// that unit ("income growth per household") is that figure, when it matches the question as well
// as the best figure does: dividing the best figure (a total) by a count would compute something else.
import type { Entry } from "../knowledge/schema.js";
import { PER_UNITS } from "../knowledge/units.js";
import { contentWords } from "../text/words.js";
import type { RankedEntry } from "./rank.js";
import type { Question } from "./understand.js";

const STATED_RATE_MARGIN = 0.05;
const STATED_RATE_CANDIDATES = 5;
// For each unit an average is taken per, "per"/"each" and any word a question may say for it: a rate
// "per person" or "per capita" is one per head of the people asked about. Built once.
const PER_UNIT_WORDS = new Map(
  [...new Set(Object.values(PER_UNITS))].map((unit) => {
    const words = Object.keys(PER_UNITS).filter((w) => PER_UNITS[w] === unit);
    return [unit, new RegExp(String.raw`\b(?:per|each)\s+(?:[a-z]+\s+)?(?:${words.join("|")})\b`, "i")];
  }),
);
/** "Per capita", "Per household" opening a label. */
const PER_OPENING = /^\s*(?:per|each)\s+\S+/i;

export function statedRate(q: Question, ranked: RankedEntry[]): RankedEntry | undefined {
  const d = q.derivation;
  const top = ranked[0];
  if (d?.type !== "average" || !top) return undefined;
  const perUnit = PER_UNIT_WORDS.get(d.perUnit);
  const averageAsked = /\baverage\b/.test(q.english);
  if (!perUnit && !averageAsked) return undefined;
  const asked = new Set(q.terms.map((w) => w.stem));
  // What the rate measures, the words before its "per" ("income growth"), must be what is asked:
  // loan money per household is not income growth per household.
  // A label that opens with its rate ("Per capita net income of farmers") measures what follows it.
  const measures = (e: Entry) => {
    const before = contentWords(e.label.split(/\b(?:per|each)\b/i)[0]!);
    const words = before.length > 0 ? before : contentWords(e.label.replace(PER_OPENING, ""));
    return words.some((w) => asked.has(w.stem));
  };
  const candidates = ranked.slice(0, STATED_RATE_CANDIDATES).filter(
    (r) =>
      (q.kinds.length === 0 || q.kinds.includes(r.entry.kind)) &&
      // A count of the very unit ("1.03 million residents" per person) is no rate of it.
      (PER_UNITS[r.entry.unit] ?? r.entry.unit) !== d.perUnit &&
      r.coverage >= top.coverage - STATED_RATE_MARGIN &&
      measures(r.entry),
  );
  // A figure whose own label is per unit ("standard per person") is the rate; one whose clause only
  // names a rate beside it ("1.1 billion Yuan was subsidies at the standard of 12,000 Yuan per
  // person") is a total, the rate's neighbour, taken only when no label says per unit.
  // "What was the average income of the villages?" where the report states "the average income of
  // the villages was N": a label that opens on "average" is the average asked, whatever its unit
  // is per; dividing another amount by a count would average something else.
  return (
    candidates.find((r) => !!perUnit?.test(r.entry.label)) ??
    candidates.find((r) => !!perUnit?.test(`${r.entry.label} ${r.entry.context}`)) ??
    (averageAsked ? candidates.find((r) => /^\s*average\b/i.test(r.entry.label)) : undefined)
  );
}

// "Per household", "each", "average" in a question, or in a figure's description.
const PER_SOMETHING = /\b(?:per|each|for every|average|on average)\b/i;

/**
 * The converse: a question that asks for no rate is not answered with a figure per unit ("income
 * growth per household") over a total that matches it about as well ("small loans issued"): the
 * rate answers only a question asked per unit. The first figure that is not a rate moves ahead.
 */
export function totalsBeforeRates(q: Question, ranked: RankedEntry[]): RankedEntry[] {
  const top = ranked[0];
  if (!top || q.derivation || PER_SOMETHING.test(q.english) || !isRateEntry(top.entry)) return ranked;
  const total = ranked
    .slice(1, STATED_RATE_CANDIDATES)
    .find(
      (r) =>
        r.entry.kind === top.entry.kind &&
        !isRateEntry(r.entry) &&
        r.coverage >= top.coverage - STATED_RATE_MARGIN,
    );
  return total ? [total, ...ranked.filter((r) => r !== total)] : ranked;
}
// An amount per unit ("income growth per household"): the label says what the figure is, outside
// its brackets; its sentence, or a note in brackets, may name a rate beside it, and a count whose
// label names one counts things the rate describes ("key counties (per capita income above …)").
const isRateEntry = (e: Entry) =>
  e.kind === "money" && PER_SOMETHING.test(e.label.replace(/\([^)]*\)/g, " "));
