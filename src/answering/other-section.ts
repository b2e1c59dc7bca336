// "How many km of canals were dug in the relocation project areas?" of a report whose canals are
// dug by entire village advancement and whose relocation section gives no canals: the question
// names, by a word of its title, a programme the report gives a section of its own, and the figure
// found is another section's, which never uses that word. Its canals are not the relocation's.
import type { RankedEntry, Scoring } from "./rank.js";
import { termsOf, type SearchIndex } from "./search-index.js";
import { getOrInsertComputed } from "../util/maps.js";
import type { Question } from "./understand.js";

// A title word is a programme's own when at most this many sections of its report use it: its own
// and one other that mentions the programme in passing ("… entire village advancement, household
// income growth and relocation"). A word many sections use ("work", "village", "two") is no name.
const MAX_SECTIONS_WITH_WORD = 2;

// Each report's section titles by their words that are a programme's own, made once per report
// (warmTitleTerms: for every report). Kept as arrays of exactly their length, each title once: a
// Set per word (most words have one title) took ~2 MB more at hundreds of reports.
const titlesByTerm = new WeakMap<object, Map<string, readonly string[]>>();
function titleTerms(index: SearchIndex, report: string): Map<string, readonly string[]> {
  const r = index.reportsById.get(report);
  if (!r) return new Map();
  return getOrInsertComputed(titlesByTerm, r, () => {
    const byTerm = new Map<string, string[]>();
    for (const s of r.sections)
      for (const t of termsOf(s.title)) {
        const titles = getOrInsertComputed(byTerm, t, () => []);
        if (!titles.includes(s.title)) titles.push(s.title);
      }
    const texts = r.sections.map((s) => new Set(termsOf(`${s.title} ${s.text}`)));
    const own = new Map<string, readonly string[]>();
    for (const [t, titles] of byTerm)
      if (texts.filter((words) => words.has(t)).length <= MAX_SECTIONS_WITH_WORD) own.set(t, titles.slice());
    return own;
  });
}

/**
 * Every report's programme title words, made now: made on a question, each report's first one paid
 * a pass over all its sections' text (about 1 ms at report size), which at hundreds of reports is
 * most questions' (warm.ts calls this once the bot is connected).
 */
export function warmTitleTerms(index: SearchIndex): void {
  for (const id of index.reportsById.keys()) titleTerms(index, id);
}

/**
 * Whether the question has a word of another section's title (of the figure's report) that the
 * figure leaves unmatched and its own section never uses, under any of the words the search took
 * for it: the figure is of another programme than the one asked about. `sectionWords`: the indexed
 * words of the figure's section, made only when a title word is found (a pass over its text).
 */
export function namesAnotherSection(
  q: Question,
  index: SearchIndex,
  scoring: Scoring,
  top: RankedEntry,
  sectionWords: () => ReadonlySet<string>,
): boolean {
  // A Chinese question's dictionary gloss has words of every sense ("public finance" for 财政): of a
  // Chinese question only the words its glossary terms give (雨露计划 "Rain Plan") name a programme.
  const curated = q.language === "zh" ? new Set(termsOf((q.glossed ?? []).join(" "))) : undefined;
  if (curated?.size === 0) return false;
  const titles = titleTerms(index, top.entry.report);
  const own = new Set(termsOf(top.entry.section));
  const mask = scoring.mask[top.slot] ?? 0;
  return scoring.terms.some((t, i) => {
    if (t.term.startsWith("?") || (mask & (1 << i)) !== 0 || (curated && !curated.has(t.term))) return false;
    // The title's word as written: "villagers" shares a stem with "village" and names no programme.
    if ((t.alts.find((a) => a.term === t.term)?.weight ?? 0) < 1) return false;
    if (!(titles.get(t.term) ?? []).some((title) => title !== top.entry.section)) return false;
    const alts = [t.term, ...t.alts.map((a) => a.term)];
    const words = sectionWords();
    return !alts.some((a) => own.has(a) || words.has(a));
  });
}
