// Who put money in: the source a question names ("how much did the city government give")
// against the source a figure's label names ("Central government funds for …"). A figure of another
// source is not the answer; when the report gives a joint total of both sources and the other
// source's part ("42 million from the central and provincial government … the central government
// issued 2 million"), the part asked for is the total minus that part.
import { isNumeric, type NumericEntry } from "../knowledge/schema.js";
import { formatValue } from "../knowledge/figures.js";
import { lowerFirst } from "../text/words.js";
import { type Derived, remainderOf } from "./compute.js";
import { unionCoverage, type RankedEntry, type Scoring } from "./rank.js";
import { type SearchIndex, sectionSpan } from "./search-index.js";
import type { Question } from "./understand.js";
import { setAsideIn, type SetAside } from "./set-aside.js";

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
// A source as a giver: "<source> government(s)", "<source> matching funds", "<A> and <B> governments"
// (chat joins them with a sign as well: "county + city govts", "county & city"), "the province's share", "put up by the townships", money "from the province". A source word alone
// ("44 key counties", "provincial experts") gives nothing.
const GIVER = new RegExp(
  String.raw`\b((?:${SOURCE})(?:\s*(?:and|\/|,|\+|&)\s*(?:${SOURCE}))*)\s+(?:governments?|govts?|matching|finance|financial|share|part|portion|contribution)\b|\b(?:by|from)\s+the\s+(masses)\b|\bfrom\s+the\s+(province)\b`,
  "gi",
);

/** The sources a text names as givers, normalised ("central and provincial government" → central, provincial). */
export function sourcesIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(GIVER)) {
    for (const w of (m[1] ?? m[2] ?? m[3]!).toLowerCase().split(/\s*(?:and|\/|,|\+|&)\s*|\s+/)) {
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
  const setAside = setAsideIn(q.raw, q.english, sourcesIn);
  if (setAside) return withoutSetAside(index, scoring, ranked.filter(ofKindAsked(q)), setAside);
  // The source the asking clause names is the one asked for; a lead-in may name others as given
  // ("A and B gave N together and A's part paid for X - how much was B's share?").
  const inClause = sourcesIn(q.clause);
  const asked = inClause.size > 0 ? inClause : sourcesIn(q.english);
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
  const kept = ranked.filter((r) => !other(r));
  return { ranked: askedSourceFirst(q, kept, asked), ...(derived ? { derived } : {}) };
}

// A figure must match the question about as well as the joint one does, among the first few, to be
// put before it for naming the giver asked alone.
const GIVER_MARGIN = 0.1;
const GIVER_CANDIDATES = 6;

/**
 * A figure of the very givers asked before a joint one. "How much did the central government put
 * in?" is not answered by what "the central and provincial governments allocated" to a programme
 * together, which is not the central government's alone, when a figure near it is the central
 * government's own ("428 million Yuan was from the central government"); of such figures, the one
 * matching most of the question's words leads (the year's poverty funds, not a pilot's). Only a
 * joint best figure gives way: a best figure that names no giver may be the whole a part is asked
 * of ("of the central government's money, how much was work relief?"). English questions only: a
 * Chinese question's gloss reads the 省 of a province's name as "provincial".
 */
export function askedSourceFirst(q: Question, ranked: RankedEntry[], asked: Set<string>): RankedEntry[] {
  const top = ranked[0];
  if (!top || asked.size === 0 || q.language !== "en") return ranked;
  const topNamed = sourcesIn(top.entry.label);
  const joint = topNamed.size > asked.size && [...asked].every((s) => topNamed.has(s));
  if (!joint) return ranked;
  const exactly = (r: RankedEntry) => {
    const named = sourcesIn(r.entry.label);
    return named.size === asked.size && [...asked].every((s) => named.has(s));
  };
  let best: RankedEntry | undefined;
  for (const r of ranked.slice(1, GIVER_CANDIDATES)) {
    if (!exactly(r) || r.entry.report !== top.entry.report || r.entry.kind !== top.entry.kind) continue;
    if (r.coverage < top.coverage - GIVER_MARGIN) continue;
    if (!best || r.coverage > best.coverage + 1e-9) best = r;
  }
  return best ? [best, ...ranked.filter((r) => r !== best)] : ranked;
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
  const [start, end] = sectionSpan(index, top.index);
  const inSection: { x: NumericEntry; i: number }[] = [];
  for (let i = start; i < end; i++) {
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

// A part taken out of a whole leaves an amount of the kind the question asks: "how much" of funds is
// money, and the rest of a count of projects is no answer to it. A percentage is never what is left
// (a "central share" set aside is read as a percentage asked, but is the part taken out).
const ofKindAsked = (q: Question) => (r: RankedEntry) =>
  r.entry.kind !== "percent" && (!q.kinds[0] || q.kinds[0] === "percent" || r.entry.kind === q.kinds[0]);

/**
 * A question that sets a giver aside (set-aside.ts) is answered inside the whole it names (the
 * section of its best figure): by a figure of the giver asked that names no giver set aside, by a
 * joint figure minus the set-aside giver's part, or, when it names no giver, by the whole minus
 * that part. Nothing else is its answer: the figures left are only those of the giver asked, so
 * when none can be made the engine says so instead of giving the joint figure, the whole or
 * another section's figure of the same giver.
 */
function withoutSetAside(
  index: SearchIndex,
  scoring: Scoring,
  ranked: RankedEntry[],
  { aside, asked }: SetAside,
): { ranked: RankedEntry[]; derived?: Derived } {
  const top = ranked[0];
  if (!top) return { ranked };
  const inWhole = ranked.filter(
    (r) => r.entry.report === top.entry.report && r.entry.section === top.entry.section,
  );
  const named = (r: RankedEntry) => sourcesIn(r.entry.label);
  const kept = inWhole.filter((r) => {
    const n = named(r);
    return asked.size > 0 && !overlaps(n, aside) && overlaps(n, asked);
  });
  for (const r of inWhole) {
    if (r === kept[0]) break;
    const derived = restOf(index, scoring, r, asked, aside);
    if (derived) return { ranked: kept, derived };
  }
  return { ranked: kept };
}

// What is left once the set-aside givers' part is taken out, found from a figure of the whole: the
// joint figure of the givers asked and those set aside minus the set-aside part (the figure is
// either of them: the section holds both); with no giver asked, a joint figure minus the set-aside
// part, the whole of a set-aside part minus it, or a whole minus its set-aside part.
function restOf(
  index: SearchIndex,
  scoring: Scoring,
  r: RankedEntry,
  asked: Set<string>,
  aside: Set<string>,
): Derived | undefined {
  const n = sourcesIn(r.entry.label);
  const others = new Set([...n].filter((s) => !aside.has(s)));
  if (overlaps(n, aside) && asked.size > 0) return jointMinusPart(index, scoring, r, asked, aside);
  if (asked.size > 0) return undefined;
  if (overlaps(n, aside) && others.size > 0) return jointMinusPart(index, scoring, r, others, aside);
  if (n.size > 0 && [...n].every((s) => aside.has(s))) {
    // A part of the givers set aside: the joint figure of theirs and others' in its section, if any.
    const joint = jointIn(index, r, aside);
    if (joint) return jointMinusPart(index, scoring, r, joint, aside);
  }
  const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((s) => b.has(s));
  const byId = (id: string) => index.kb.byId.get(id);
  const groups =
    n.size === 0
      ? (index.groupsByTotal.get(r.entry.id) ?? [])
      : sameSet(n, aside)
        ? (index.groupsByPart.get(r.entry.id) ?? [])
        : [];
  for (const g of groups.filter((x) => x.type === "parts")) {
    const total = byId(g.total);
    const part = g.parts
      .map(byId)
      .find((x) => x && (n.size > 0 ? x.id === r.entry.id : sameSet(sourcesIn(x.label), aside)));
    if (!total || !part || !isNumeric(total) || !isNumeric(part) || total.unit !== part.unit) continue;
    if (part.value >= total.value) continue;
    return remainderOf(total, part, r.coverage);
  }
  return undefined;
}

/** The givers besides `aside` that a joint figure in r's section names along with them (same unit). */
function jointIn(index: SearchIndex, r: RankedEntry, aside: Set<string>): Set<string> | undefined {
  const e = r.entry as NumericEntry;
  for (const x of index.kb.entries) {
    if (x.report !== e.report || x.section !== e.section || !isNumeric(x) || x.unit !== e.unit) continue;
    const n = sourcesIn(x.label);
    const others = new Set([...n].filter((s) => !aside.has(s)));
    if (others.size > 0 && [...aside].every((s) => n.has(s)) && x.value > e.value) return others;
  }
  return undefined;
}
