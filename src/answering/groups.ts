// Sides of a comparison that are the report's groups by their order ("the first batch or the
// second", "which batch covered more villages?"). A report writes such groups one sentence each:
// either naming the ordinal ("The second batch, namely …, involved 48 villages") or announcing the
// groups ("launched … in two batches") and then giving each in turn. The figure of a group is the
// count of what the question counts in the sentence that gives that group.
import { isNumeric, type Entry, type NumericEntry } from "../knowledge/schema.js";
import { stem } from "../text/words.js";
import { MIN_COVERAGE, queryTerms, rankEntries, scoreEntries, type RankedEntry } from "./rank.js";
import { type SearchIndex, sectionOf, sectionSpan } from "./search-index.js";
import type { Question } from "./understand.js";

const ORDINALS = ["first", "second", "third", "fourth", "fifth"];
const ORDINAL = new RegExp(String.raw`\b(${ORDINALS.join("|")})\b`);
// Nouns a report uses for groups of projects, places or people taken one after another.
export const GROUP_NOUNS = "batch(?:es)?|phases?|rounds?|stages?|tranches?";
const GROUP_NOUN = new RegExp(String.raw`\b(${GROUP_NOUNS})\b`);
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };
// "in two batches", "3 phases": how many groups a sentence announces.
const ANNOUNCED = new RegExp(String.raw`\b(two|three|four|five|[2-5])\s+(?:${GROUP_NOUNS})\b`);

/** The 1-based ordinal a side names ("the first (A, B, C)" → 1), if any. */
export function ordinalOf(side: string): number | undefined {
  const m = ORDINAL.exec(side.toLowerCase());
  return m ? ORDINALS.indexOf(m[1]!) + 1 : undefined;
}

/** Whether a question weighs groups by their order: both sides ordinals, and a group noun named. */
export function asksGroups(text: string, left: string, right: string): boolean {
  const [a, b] = [ordinalOf(left), ordinalOf(right)];
  return a !== undefined && b !== undefined && a !== b && GROUP_NOUN.test(text.toLowerCase());
}

// The sentence's ordinal for a group, written with its noun ("the second batch", "first phase").
const sentenceOrdinal = (sentence: string) => {
  const m = new RegExp(String.raw`\b(${ORDINALS.join("|")})\s+(?:${GROUP_NOUNS})\b`).exec(
    sentence.toLowerCase(),
  );
  return m ? ORDINALS.indexOf(m[1]!) + 1 : undefined;
};

/**
 * The figures of the groups the sides name by order, best-ranked kind first: the section of the
 * figure the question's words (less the ordinals) match best holds one figure of that kind and
 * unit per group sentence. Undefined when the section names no groups or the sides' groups are
 * not both found. `exactlyTwo`: the question names no sides ("which batch …?"), so the report
 * must give exactly two groups.
 */
export function groupSides(
  q: Question,
  index: SearchIndex,
  ordinals: [number, number],
  accept: (e: Entry) => boolean,
  exactlyTwo = false,
): { left: RankedEntry; right: RankedEntry } | undefined {
  const terms = queryTerms(q, index).filter((t) => !ORDINALS.some((o) => stem(o) === t.term));
  const scoring = scoreEntries(index, terms, q);
  const ranked = rankEntries(q, index, scoring, (e) => isNumeric(e) && accept(e)).filter(
    (r) => r.coverage >= MIN_COVERAGE && index.entryIsPlan[r.index] !== 1,
  );
  // A report gives its groups over several sentences, so no one figure's words hold the question's:
  // the section is the one whose figures together match most of the question's words (by weight),
  // of those where both groups are found.
  let best: { left: RankedEntry; right: RankedEntry; weight: number } | undefined;
  const seen = new Set<string>();
  for (const top of ranked) {
    const key = `${top.entry.report}\u0000${top.entry.section}\u0000${index.entryUnit[top.index] ?? ""}`;
    if (seen.has(key) || seen.size >= SECTIONS_TRIED) continue;
    seen.add(key);
    const pair = groupsIn(index, top, ranked, ordinals, accept, exactlyTwo);
    if (!pair) continue;
    let mask = 0;
    for (const r of ranked)
      if (r.entry.report === top.entry.report && r.entry.section === top.entry.section)
        mask |= scoring.mask[r.slot]!;
    const weight = terms.reduce(
      (sum, t, i) => sum + (mask & (1 << i) ? index.idfIn(t.term, top.entry.report) : 0),
      0,
    );
    if (!best || weight > best.weight + 1e-9) best = { ...pair, weight };
  }
  return best && { left: best.left, right: best.right };
}
const SECTIONS_TRIED = 4;

/** The two groups' figures in the section of `top`, of its kind and unit, one per sentence. */
function groupsIn(
  index: SearchIndex,
  top: RankedEntry,
  ranked: RankedEntry[],
  ordinals: [number, number],
  accept: (e: Entry) => boolean,
  exactlyTwo: boolean,
): { left: RankedEntry; right: RankedEntry } | undefined {
  const unit = index.entryUnit[top.index] ?? (top.entry as NumericEntry).unit;
  const section = sectionOf(index, top.entry.report, top.entry.section);
  if (!section) return undefined;
  const byRank = new Map(ranked.map((r) => [r.index, r]));
  const members: { sentence: string; at: number; ranked: RankedEntry }[] = [];
  const [from, to] = sectionSpan(index, top.index);
  index.kb.entries.slice(from, to).forEach((e, k) => {
    const i = from + k;
    if (!isNumeric(e)) return;
    if (e.kind !== top.entry.kind || (index.entryUnit[i] ?? e.unit) !== unit || index.entryIsPlan[i] === 1)
      return;
    if (!accept(e) || members.some((m) => m.sentence === e.sentence)) return;
    const at = section.sentences.findIndex((s) => s.includes(e.sentence) || e.sentence.includes(s));
    members.push({ sentence: e.sentence, at, ranked: byRank.get(i) ?? { ...top, index: i, entry: e } });
  });
  const pick = (n: number) => pickGroup(members, section.sentences, n);
  const [left, right] = [pick(ordinals[0]), pick(ordinals[1])];
  if (!left || !right || left === right) return undefined;
  if (exactlyTwo && pick(3)) return undefined;
  return { left, right };
}

function pickGroup(
  members: { sentence: string; at: number; ranked: RankedEntry }[],
  sentences: string[],
  n: number,
): RankedEntry | undefined {
  // Named by its ordinal in its own sentence.
  const named = members.filter((m) => sentenceOrdinal(m.sentence) !== undefined);
  if (named.length > 0) return named.find((m) => sentenceOrdinal(m.sentence) === n)?.ranked;
  // Announced ("in two batches"), then given in turn in the sentences after the announcement.
  const announcedAt = sentences.findIndex((s) => ANNOUNCED.test(s.toLowerCase()));
  if (announcedAt < 0) return undefined;
  const m = ANNOUNCED.exec(sentences[announcedAt]!.toLowerCase())!;
  const count = NUMBER_WORDS[m[1]!] ?? Number(m[1]);
  const after = members.filter((x) => x.at > announcedAt).sort((a, b) => a.at - b.at);
  if (after.length !== count) return undefined;
  return after[n - 1]?.ranked;
}
