// "How many of the trainees did not find jobs?", "how many households were not relocated?": what is
// asked is the rest of a whole, and the part to take away is the figure of those who did, which the
// report labels with the same verb in the past form it writes ("People found jobs"). Ranked by the
// whole question, the whole itself ("People that received training … jobs") often comes first, and
// its own whole (the programme's total) would be taken for the one asked.
import { inflectedBases } from "../text/inflections.js";
import { pastParticiple } from "../text/participles.js";
import { contentWords, stem } from "../text/words.js";

// The negated predicate: the words after "did not", "were not", "haven't" … up to a clause's end.
const NEGATED =
  /\b(?:did|do|does|was|were|is|are|has|have|had)(?:\s+not|n['’]t)\s+(?:yet\s+|get\s+|been\s+)?([a-z][a-z\s-]*?)\s*(?:[?,.;!]|\bin\s+20\d\d\b|$)/;

/** The predicate a question negates, as its verb's forms and the stems of its other words. */
export function negatedPredicate(english: string): { verbForms: Set<string>; stems: string[] } | undefined {
  const m = NEGATED.exec(english.toLowerCase());
  const words = m?.[1]?.trim().split(/\s+/);
  if (!words || words.length === 0) return undefined;
  const [verb, ...rest] = words as [string, ...string[]];
  const bases = [verb, ...inflectedBases(verb).map((b) => b.base)];
  const verbForms = new Set(bases.flatMap((b) => [b, pastParticiple(b)]));
  const stems = contentWords(rest.join(" ")).map((w) => w.stem);
  return { verbForms, stems };
}

/** Whether a label says its figure did what the predicate denies ("People found jobs"). */
export function namesPredicate(
  label: string,
  predicate: { verbForms: Set<string>; stems: string[] },
): boolean {
  const words = label.toLowerCase().split(/[^a-z-]+/);
  const stems = new Set(words.map(stem));
  return words.some((w) => predicate.verbForms.has(w)) && predicate.stems.every((s) => stems.has(s));
}

/** The candidates, those whose label names the question's negated predicate first (order kept otherwise). */
export function negatedPartFirst<T extends { entry: { label: string } }>(english: string, ranked: T[]): T[] {
  const predicate = negatedPredicate(english);
  if (!predicate) return ranked;
  const named = ranked.filter((r) => namesPredicate(r.entry.label, predicate));
  return named.length === 0 ? ranked : [...named, ...ranked.filter((r) => !named.includes(r))];
}
