// "40 million Yuan of small loan discount funds" is an amount of discount funds; "small loan" only
// says what the funds are for. "633.5068 million Yuan of small loans" is an amount of loans. An
// average asked of loans is the loans' average, even when the funds match more of the question.
import type { Entry } from "../knowledge/schema.js";
import { stem } from "../text/words.js";
import { findWritten } from "./relations.js";

// The words after "of" that end the noun phrase naming what an amount is of: a verb, a
// preposition or a conjunction opens the rest of the clause.
const PHRASE_END = new Set(
  "and or but to for was were is are be been being has have had in into on at by from with which that who as of for than per each".split(
    " ",
  ),
);
const OF_PHRASE = /^\s+of\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,7})/i;

/**
 * The head noun of what an amount is written as being "of" ("N Yuan of small loan discount funds
 * and …" → "funds"), or undefined when the amount is not written with such a phrase.
 */
export function amountHead(e: Entry): string | undefined {
  const at = findWritten(e);
  if (at < 0) return undefined;
  const m = OF_PHRASE.exec(e.sentence.slice(at + e.written.length));
  if (!m) return undefined;
  const words: string[] = [];
  for (const w of m[1]!.split(/\s+/)) {
    if (PHRASE_END.has(w.toLowerCase())) break;
    words.push(w);
  }
  return words.at(-1)?.toLowerCase();
}

/** Whether the question's terms (stems) name the head of what the amount is of. */
function headNamed(e: Entry, named: ReadonlySet<string>): boolean | undefined {
  const head = amountHead(e);
  return head === undefined ? undefined : named.has(stem(head));
}

type Pair = { n: { entry: Entry }; den: { entry: Entry } | undefined };
/**
 * The amount an average divides, when the one picked borrows its count from another sentence of
 * its section and is of a thing the question does not name ("discount funds" for "the average
 * small loan per household"), while the count's own sentence writes an amount of the kind asked
 * whose head the question names ("N Yuan of small loans to help M households"): that amount is
 * what the count goes with. Anything less clear keeps the pick.
 */
export function amountOfNamedHead<P extends Pair>(
  pick: P,
  pairs: readonly P[],
  named: ReadonlySet<string>,
): P {
  const den = pick.den?.entry;
  if (!den || den.sentence === pick.n.entry.sentence) return pick;
  if (headNamed(pick.n.entry, named) !== false) return pick;
  const others = pairs.filter(
    (p) =>
      p !== pick &&
      p.den?.entry === den &&
      p.n.entry.sentence === den.sentence &&
      p.n.entry.section === pick.n.entry.section &&
      p.n.entry.kind === pick.n.entry.kind &&
      headNamed(p.n.entry, named) === true,
  );
  return others.length === 1 ? others[0]! : pick;
}
