// "How many of the schools have reopened?" of a report writing "classes resumed in 40 of the 52
// schools": the sentence gives a whole (52 schools) and the part of it in some state (40, where
// classes resumed). A question that names the state (by a word the part's label has and the
// whole's lacks: "resumed", "classes") counts the part; the whole, which the search may rank first
// (its label names the schools as well, and its sentence holds the state's words too), is no answer.
import type { Entry } from "../knowledge/schema.js";
import { contentWords } from "../text/words.js";
import { escapeRegExp } from "../util/regexp.js";
import type { RankedEntry, Scoring } from "./rank.js";

/** How many of the next-best figures are looked at for the part of the best one. */
const CANDIDATES = 4;

/** Whether the sentence writes `part` as a part of `whole`: "<part> of the <whole>". */
export function writtenAsPartOf(part: Entry, whole: Entry): boolean {
  if (part.sentence !== whole.sentence || part.id === whole.id) return false;
  const number = (e: Entry) => escapeRegExp(e.written.split(/\s+/)[0]!);
  return new RegExp(
    String.raw`(?:^|[^\d.,])${number(part)}\s+of\s+(?:the\s+|its\s+|their\s+)?${number(whole)}(?![\d.,])`,
  ).test(part.sentence);
}

/** The ranking with the part first, when the best figure is its whole and the question names the part's state. */
export function partByStateFirst(scoring: Scoring, ranked: RankedEntry[]): RankedEntry[] {
  const top = ranked[0];
  if (!top) return ranked;
  const asked = new Set(
    scoring.terms.flatMap((t) => [t.term.replace(/^\?/, ""), ...t.alts.map((a) => a.term)]),
  );
  const labelStems = (e: Entry) => new Set(contentWords(e.label).map((w) => w.stem));
  const wholeWords = labelStems(top.entry);
  const part = ranked.slice(1, CANDIDATES + 1).find((r) => {
    if (r.entry.kind !== top.entry.kind || !writtenAsPartOf(r.entry, top.entry)) return false;
    const state = [...labelStems(r.entry)].filter((s) => !wholeWords.has(s));
    return state.some((s) => asked.has(s));
  });
  return part ? [part, ...ranked.filter((r) => r !== part)] : ranked;
}
