// A change on the previous year stated in a sentence of its own, naming what changed: "… and the
// central funds were up 18.4%", "The provincial fiscal poverty alleviation funds increased by 96
// million Yuan over the previous year". Its label names the figure of its section it is a change of.
import { writtenAt } from "../knowledge/written-at.js";
import { isNumeric, type Entry, type NumericEntry } from "../knowledge/schema.js";
import {
  type ChangeOf,
  DOWN_BEFORE,
  MORE_THAN_BEFORE,
  OVER_PREVIOUS,
  SENTENCE_WINDOW,
  UP_BEFORE,
} from "./relations.js";
import { type SearchIndex, sectionSpan, termsOf } from "./search-index.js";

const NAMED_GROWTH = /^(?:Growth|Increase) of (.+?)(?: over the previous year)? \(percent\)$/;
const NAMED_AMOUNT_CHANGE = /^(Increase|Decrease) of (.+?)(?: over the previous year)?$/;
const CHANGE_LABEL = /^Increase of /;

/** What a stated change names as changed, and which way, when its label says so. */
function namedChange(
  x: Entry,
): { what: string[]; direction: ChangeOf["direction"]; amount: boolean } | undefined {
  if (!isNumeric(x)) return undefined;
  if (x.kind === "percent") {
    const growth = NAMED_GROWTH.exec(x.label);
    return growth ? { what: termsOf(growth[1]!), direction: "up", amount: false } : undefined;
  }
  const change = NAMED_AMOUNT_CHANGE.exec(x.label);
  return change
    ? { what: termsOf(change[2]!), direction: change[1] === "Decrease" ? "down" : "up", amount: true }
    : undefined;
}

/**
 * Whether a figure is what `what` names: its label's words, with the words of the whole it is a
 * part of ("516 million Yuan from the provincial finance" of "fiscal poverty alleviation funds" is
 * the provincial fiscal funds); a name the whole's words alone fill is the whole's, not the part's.
 */
function isNamed(e: Entry, what: string[], index: SearchIndex, withSection = false): boolean {
  if (what.length === 0) return false;
  // The section's title says what every figure under it is ("Investment of anti-poverty funds"):
  // read with it, "fiscal funds from the provincial government" is the provincial fiscal
  // anti-poverty funds. Tried only when no figure is named without it (levelOfNamedChange).
  const mine = [...termsOf(e.label), ...(withSection ? termsOf(e.section) : [])];
  const whole = (index.groupsByPart.get(e.id) ?? [])
    .filter((g) => g.type === "parts")
    .flatMap((g) => termsOf(index.kb.byId.get(g.total)?.label ?? ""));
  const own = new Set([...mine, ...whole]);
  if (!what.every((t) => own.has(t))) return false;
  return whole.length === 0 || !what.every((t) => !mine.includes(t));
}

/**
 * A change stated elsewhere in the figure's section for what the figure is ("the central funds
 * were up N%" for "anti-poverty funds from the central government"), when no other figure of the
 * change's own sentence is that thing; else undefined.
 */
export function growthNamedFor(e: NumericEntry, at: number, index: SearchIndex): ChangeOf | undefined {
  const describes = (x: Entry, what: string[]) => what.every((t) => termsOf(x.label).includes(t));
  const { entries } = index.kb;
  const [, end] = sectionSpan(index, at);
  for (let i = at + 1; i < end; i++) {
    const x = entries[i]!;
    if (!isNumeric(x) || x.year !== e.year || x.sentence === e.sentence) continue;
    const named = namedChange(x);
    if (!named || (named.amount && x.unit !== e.unit) || !isNamed(e, named.what, index)) continue;
    if (named.amount) return { changes: [x], direction: named.direction };
    const inSentence = entries
      .slice(Math.max(0, i - SENTENCE_WINDOW), i + SENTENCE_WINDOW + 1)
      .filter((y) => y.report === e.report && y.sentence === x.sentence && y.kind !== "percent");
    // The amount of the same change beside it ("increased by N over the previous year, up P%").
    const amount = inSentence.find(
      (y): y is NumericEntry =>
        isNumeric(y) && y.unit === e.unit && CHANGE_LABEL.test(y.label) && describes(y, named.what),
    );
    if (inSentence.some((y) => y !== amount && describes(y, named.what))) continue;
    return { changes: [x, ...(amount ? [amount] : [])], direction: "up" };
  }
  return undefined;
}

/**
 * From a change that names what changed to that figure: the one figure of the change's section,
 * of its year, before it and in another sentence, that the name describes (two: no answer).
 */
export function levelOfNamedChange(
  x: NumericEntry,
  at: number,
  index: SearchIndex,
): { entry: NumericEntry; at: number; change: ChangeOf } | undefined {
  const named = namedChange(x);
  if (!named) return undefined;
  const { entries } = index.kb;
  const [start] = sectionSpan(index, at);
  const level = (withSection: boolean, what: string[]) => {
    let found: { entry: NumericEntry; at: number } | undefined;
    for (let i = start; i < at; i++) {
      const y = entries[i]!;
      if (!isNumeric(y) || y.kind === "percent" || y.year !== x.year || y.sentence === x.sentence) continue;
      if ((named.amount && y.unit !== x.unit) || !isNamed(y, what, index, withSection)) continue;
      if (found) return null;
      found = { entry: y, at: i };
    }
    return found;
  };
  // Two figures the name fits: no answer; none: the name read with the section's title.
  const byName = (what: string[]) => {
    const found = level(false, what);
    return found === undefined ? level(true, what) : found;
  };
  let picked = byName(named.what);
  // A change may call its figure by a word no figure of the section is labelled with ("the
  // provincial outlay rose 20%" after "300 million from the provincial finance"): that word names
  // nothing here, and the rest of the name must still fit exactly one figure before the change.
  // Only for a rate alone in its sentence: a change written with its amount ("increased its funds by
  // 160 million Yuan, up 33.3%") is worked back from that amount, never lent to another figure.
  if (picked === undefined && aloneInItsSentence(x, at, index)) {
    const known = knownWords(index, start, at);
    const rest = named.what.filter((t) => known.has(t));
    if (rest.length > 0 && rest.length < named.what.length) picked = byName(rest);
  }
  return picked ? { ...picked, change: { changes: [x], direction: named.direction } } : undefined;
}

/** Whether `x` (at `at`) is the only figure its sentence writes. */
export function aloneInItsSentence(x: Entry, at: number, index: SearchIndex): boolean {
  const [start, end] = sectionSpan(index, at);
  return !index.kb.entries
    .slice(start, end)
    .some((y) => y !== x && y.report === x.report && y.sentence === x.sentence && isNumeric(y));
}

/** The words of the labels of a section's figures from `start` up to `at`, of their wholes and of the section's title. */
function knownWords(index: SearchIndex, start: number, at: number): Set<string> {
  const known = new Set<string>();
  const { entries } = index.kb;
  for (let i = start; i < at; i++) {
    const y = entries[i]!;
    for (const t of [...termsOf(y.label), ...termsOf(y.section)]) known.add(t);
    for (const g of index.groupsByPart.get(y.id) ?? [])
      for (const t of termsOf(index.kb.byId.get(g.total)?.label ?? "")) known.add(t);
  }
  return known;
}

/** What a stated change names as changed (its words), when its label names it. */
export const namedChangeWords = (e: Entry): string[] | undefined => namedChange(e)?.what;

/** What an amount of change is of, as its label names it ("Increase of X over the previous year" → "X"). */
export const nameOfChange = (e: Entry): string | undefined => NAMED_AMOUNT_CHANGE.exec(e.label)?.[2];

/** Whether a figure's label makes it a change on the previous year ("Growth of X over the previous year (percent)"). */
export const isNamedChange = (e: Entry): boolean =>
  namedChange(e) !== undefined || /\bover the previous year\b/i.test(e.label) || writtenAsChange(e);

// "An increase of 17.8% year on year", "31.5% higher than in 2010", "up 9.8%": a percentage the
// sentence writes as a change on another year, whatever its label was made to say. Read around the
// figure as written, with the words relations.ts reads a change by, so a level in the same clause as
// a change is not taken for one.
function writtenAsChange(e: Entry): boolean {
  if (!isNumeric(e) || e.kind !== "percent") return false;
  const at = writtenAt(e.context, e.written);
  if (at < 0) return false;
  const before = e.context.slice(0, at);
  const after = e.context.slice(at + e.written.length);
  return (
    UP_BEFORE.test(before) ||
    DOWN_BEFORE.test(before) ||
    OVER_PREVIOUS.test(after) ||
    MORE_THAN_BEFORE.test(after)
  );
}
