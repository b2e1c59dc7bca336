// "How many people opened shops after the craft training?": an "after the <action>" phrase says
// when, as a Chinese opening 后-clause does (zh-after.ts); what is counted is what followed. English
// names the action by a verbal noun (training, relocation, resettlement), and that noun is the
// report's own verb of the action's figure ("N people trained"), which then outranks the outcome's.
// A report close to the Chinese writes the outcome in a sentence opening on that same clause
// ("After the training, M people opened shops"): that sentence's figure is the one asked.
import type { Entry } from "../knowledge/schema.js";
import type { RankedEntry } from "./rank.js";
import { termsOf } from "./search-index.js";
import type { Question } from "./understand.js";
import { ofPriorAction } from "./zh-after.js";

// "after (the|their|its) [up to four words] <verbal noun>", ending the question or opening it before
// a comma. A verbal noun ends in -ing, -ion or -ment; "after 2012", "after the flood" say no action.
const ACTION = String.raw`(?:the\s+|their\s+|its\s+|this\s+)?((?:[a-z][\w-]*\s+){0,4}?)([a-z]+(?:ing|ion|ment))`;
const AFTER_AT_END = new RegExp(String.raw`\bafter\s+${ACTION}\s*[?.!]*\s*$`, "i");
const AFTER_AT_START = new RegExp(String.raw`^\s*after\s+${ACTION}\s*,\s*(.+)$`, "i");

/**
 * The action an English question's "after the …" phrase names and the outcome asked besides it, as
 * search terms (`unit`, the unit counted, and `places`, the places asked, are left out of the
 * outcome: the action's figure counts and places it too); undefined when the question has no such phrase or asks nothing else.
 */
export function englishPriorAction(
  english: string,
  unit?: string,
  places: ReadonlySet<string> = new Set(),
): { action: readonly string[]; outcome: readonly string[] } | undefined {
  const end = AFTER_AT_END.exec(english);
  const start = end ? undefined : AFTER_AT_START.exec(english);
  const found = end ?? start;
  if (!found) return undefined;
  const rest = end ? english.slice(0, end.index) : start![3]!;
  const action = termsOf(found[2]!);
  const counted = new Set([...termsOf(unit ?? ""), ...action, ...termsOf(found[1]!)]);
  const outcome = termsOf(rest).filter((t) => !counted.has(t) && !places.has(t));
  if (action.length === 0 || outcome.length === 0) return undefined;
  return { action, outcome };
}

// The report's own "after" clause before a figure: "After the training, 52 300 people …".
const sentenceAfter = (e: Entry, action: readonly string[]): boolean => {
  const at = e.sentence.indexOf(e.written);
  const before = (at < 0 ? e.sentence : e.sentence.slice(0, at)).toLowerCase();
  const clause = /\bafter\s+([^,;.]{0,60})/.exec(before);
  if (!clause) return false;
  const words = new Set(termsOf(clause[1]!));
  return action.some((t) => words.has(t));
};

// How far down the ranking the outcome's figure is looked for.
const OUTCOME_CANDIDATES = 12;

/**
 * When the best-ranked figure is the prior action's own ("People trained" for "how many found jobs
 * after the training"), the figure of the same section whose sentence opens on "after" that very
 * action: the outcome the report states. Undefined otherwise; the caller still checks it as it
 * checks any figure it answers with.
 */
export function outcomeAfterAction(q: Question, ranked: readonly RankedEntry[]): RankedEntry | undefined {
  const prior = q.priorAction;
  const top = ranked[0];
  if (!prior || !top || !ofPriorAction(prior, top.entry.label)) return undefined;
  return ranked
    .slice(1, OUTCOME_CANDIDATES)
    .find(
      (r) =>
        r.entry.report === top.entry.report &&
        r.entry.section === top.entry.section &&
        (q.kinds.length === 0 || q.kinds.includes(r.entry.kind)) &&
        !ofPriorAction(prior, r.entry.label) &&
        sentenceAfter(r.entry, prior.action),
    );
}
