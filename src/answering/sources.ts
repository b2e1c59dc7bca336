// Who put money in: the source a question names ("how much did the city government give")
// against the source a figure's label names ("Central government funds for …"). A figure of another
// source is not the answer; when the report gives a joint total of both sources and the other
// source's part ("42 million from the central and provincial government … the central government
// issued 2 million"), the part asked for is the total minus that part.
import { isNumeric, type NumericEntry } from "../knowledge/schema.js";
import { formatValue } from "../knowledge/figures.js";
import { lowerFirst } from "../text/words.js";
import type { Derived } from "./compute.js";
import { unionCoverage, type RankedEntry, type Scoring } from "./rank.js";
import type { SearchIndex } from "./search-index.js";
import type { Question } from "./understand.js";

// The levels of government and the other givers the reports name, each with the words for it.
const SOURCE_WORDS: Record<string, string> = {
  central: "central",
  national: "central",
  provincial: "provincial",
  province: "provincial",
  "province's": "provincial",
  city: "city",
  cities: "city",
  municipal: "city",
  county: "county",
  counties: "county",
  masses: "masses",
};
const SOURCE = Object.keys(SOURCE_WORDS).join("|");
// A source as a giver: "<source> government(s)", "<source> matching funds", "<A> and <B> governments",
// "raised by the masses". A source word alone ("44 key counties", "provincial experts") gives nothing.
const GIVER = new RegExp(
  String.raw`\b((?:${SOURCE})(?:\s*(?:and|\/|,)\s*(?:${SOURCE}))*)\s+(?:governments?|govts?|matching|finance|financial)\b|\b(?:by|from)\s+the\s+(masses)\b`,
  "gi",
);

/** The sources a text names as givers, normalised ("central and provincial government" → central, provincial). */
export function sourcesIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(GIVER)) {
    for (const w of (m[1] ?? m[2]!).toLowerCase().split(/\s*(?:and|\/|,)\s*|\s+/)) {
      const s = SOURCE_WORDS[w];
      if (s) found.add(s);
    }
  }
  return found;
}

const overlaps = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));

/**
 * The figures ranked for a question that names a source, without those of another source; and,
 * when the best figure was another source's part of a joint total the report gives, the asked
 * source's part computed from them.
 */
export function bySource(
  q: Question,
  index: SearchIndex,
  scoring: Scoring,
  ranked: RankedEntry[],
): { ranked: RankedEntry[]; derived?: Derived } {
  const asked = sourcesIn(q.english);
  if (asked.size === 0) return { ranked };
  const other = (r: RankedEntry) => {
    const named = sourcesIn(r.entry.label);
    return named.size > 0 && !overlaps(named, asked);
  };
  const top = ranked[0];
  const named = top ? sourcesIn(top.entry.label) : new Set<string>();
  const derived = !top
    ? undefined
    : other(top)
      ? jointMinusPart(index, scoring, top, asked, named)
      : [...named].some((s) => !asked.has(s)) && [...asked].every((s) => named.has(s))
        ? jointMinusPart(index, scoring, top, asked, new Set([...named].filter((s) => !asked.has(s))))
        : undefined;
  return { ranked: ranked.filter((r) => !other(r)), ...(derived ? { derived } : {}) };
}

// The best figure is one source's part (`theirs`) or a joint total of the sources asked and others:
// the joint total in the same section (same unit, naming exactly the sources asked and theirs)
// minus the part of theirs gives the part asked for.
function jointMinusPart(
  index: SearchIndex,
  scoring: Scoring,
  top: RankedEntry,
  asked: Set<string>,
  theirs: Set<string>,
): Derived | undefined {
  const e = top.entry as NumericEntry;
  const wanted = new Set([...asked, ...theirs]);
  const names = (x: NumericEntry, set: Set<string>) => {
    const n = sourcesIn(x.label);
    return n.size === set.size && [...set].every((s) => n.has(s));
  };
  const { entries } = index.kb;
  const sameSection = (i: number) => entries[i]?.report === e.report && entries[i]?.section === e.section;
  let start = top.index;
  while (sameSection(start - 1)) start--;
  const inSection: { x: NumericEntry; i: number }[] = [];
  for (let i = start; sameSection(i); i++) {
    const x = entries[i]!;
    if (isNumeric(x) && x.unit === e.unit) inSection.push({ x, i });
  }
  const total = inSection.find(({ x }) => names(x, wanted));
  const part = inSection.find(({ x }) => names(x, theirs) && total && x.value < total.x.value);
  if (!total || !part) return undefined;
  const value = total.x.value - part.x.value;
  return {
    value,
    unit: e.unit,
    figure: formatValue(value, e.unit),
    label: `${total.x.label}, other than ${lowerFirst(part.x.label)}`,
    arithmetic: `${total.x.written} − ${part.x.written} = ${formatValue(value, e.unit)}`,
    inputs: [total.x, part.x],
    coverage: Math.max(top.coverage, unionCoverage(scoring, [total.i, part.i])),
  };
}
