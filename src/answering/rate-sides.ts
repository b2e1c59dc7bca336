// A side of a difference whose subject is one of a kind ("did a trainee earn", "each cooperative
// got", "an enrolled student received") asks for an amount given per one of them, never the total
// of them all: "what gap is there between the loan a member household took and the grant a village
// got" weighs a figure per household against a figure per village. When each side names its own kind, the two rates are
// per different things on purpose, and each must be the rate per the kind its side names.
import type { Entry } from "../knowledge/schema.js";
import { countUnitIn } from "../knowledge/units.js";

// An auxiliary, then "a/an/each/every" and up to two modifiers before the counted noun.
const ONE_OF =
  /^(?:(?:did|does|do|was|were|is|has|had)\s+)?(?:a|an|each|every)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)/;

/** The count unit a side's one-of-a-kind subject names ("a poor person …" → people), if any. */
export function oneOfAKind(side: string): string | undefined {
  const m = ONE_OF.exec(side.trim().toLowerCase());
  if (!m) return undefined;
  for (const w of m[1]!.split(/\s+/)) {
    const unit = countUnitIn(w);
    if (unit) return unit;
  }
  return undefined;
}

// "… per person", "each borrowing household …": the counted noun within two words after per/each.
const PER_ONE = /\b(?:per|each|every)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)/gi;

/** The count units an entry's figure is given per ("2,360 Yuan per person" → people). */
export function ratePerUnits(e: Entry): Set<string> {
  const out = new Set<string>();
  for (const m of `${e.label} ${e.context}`.matchAll(PER_ONE)) {
    const unit = countUnitIn(m[1]!.toLowerCase());
    if (unit) out.add(unit);
  }
  return out;
}

// Words that ask for a figure given per one of something: "per", "each", "every", "average",
// "per capita", "a head", "apiece", "on average"; a unit before what it earns ("household income",
// "a farmer's earnings") is one of them too; so is the "standard" of a payment ("the pension
// standard", "the subsidy standard"), set per person or household.
const RATE_WORDS =
  /\b(?:per|each|every|average|averaged|capita|apiece|head|standards?)\b|-per-|\bper-|\b(?:household|family|person|farmer|worker|student)(?:'s)?\s+(?:income|earnings|wages?)\b/i;

/**
 * Whether a question asks, in any words, for a figure given per one of something. One that does
 * not ("were the orchards' sales above 300 million?") bounds a total: a figure per household
 * ("18,000 yuan per household") is another measure, never checked against that bound.
 */
export const asksAnyRate = (question: string) => RATE_WORDS.test(question);
// (Bounds in percent are left alone: "did income grow by more than 20%" bounds a rate of change of a
// figure per head, which is no total.)
