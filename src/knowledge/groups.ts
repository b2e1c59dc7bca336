// Totals and their parts ("a total of X, of which A, B and C") and targets against results.
// Curated groups come from annotations; a report without any gets the "of which" sentences found
// for it, so a newly added report still has its breakdowns audited.
import type { Entry, Group } from "./schema.js";
import { partsAgree } from "./audit.js";
import { frontedWholeParts } from "./fronted-whole.js";
import { slugify } from "./slug.js";
import type { Violation } from "./validate.js";
import { writtenAt } from "./written-at.js";

// A breakdown can nest: "a total of 21 billion Yuan …, of which 1.1 billion Yuan …, of which 0.6
// billion Yuan from the central government and 0.5 billion Yuan from the province". Each "of which"
// opens a level under the figure just before it; a nested level closes when its parts add up to its
// own sub-total (what comes next belongs to the level above), at the parenthesis that closes it, or
// at a semicolon. Each level with two
// or more parts becomes its own group, so the audit checks parts against their own sub-total and a
// total is never summed with its parts' parts. Only money is grouped: counts after "of which" are
// too often a few examples, not a breakdown, and would give false "parts don't add up" notes.
const OPENS_LEVEL = /\b(?:of which|among which)\b/gi;

type Level = { total: Entry; parts: Entry[]; depth: number };

export function detectPartsGroups(entries: Entry[]): Group[] {
  const groups: Group[] = [];
  const bySentence = new Map<string, Entry[]>();
  for (const e of entries)
    if (e.kind === "money") bySentence.set(e.sentence, [...(bySentence.get(e.sentence) ?? []), e]);
  const ids = new Set<string>();
  const group = (total: Entry, parts: Entry[]) => {
    const id = slugify(`${total.section} ${total.written} parts`);
    // A total already broken down in its own sentence keeps that breakdown (ids are unique).
    if (ids.has(id)) return;
    ids.add(id);
    groups.push({
      id,
      title: `${total.label} by part`,
      type: "parts",
      total: total.id,
      parts: parts.map((e) => e.id),
    });
  };
  let before: Entry[] | undefined;
  for (const [sentence, money] of bySentence) {
    const levels = partsTree(sentence, money);
    for (const level of levels) if (level.parts.length >= 2) group(level.total, level.parts);
    const fronted = frontedWholeParts(sentence, money);
    if (fronted) group(fronted.total, fronted.parts);
    const whole = before && wholeBefore(sentence, money, levels, before);
    if (whole) group(whole.total, whole.parts);
    before = money;
  }
  return groups;
}

// "… totaled 3.862 billion Yuan. Of the total, 1.486 billion Yuan came from …, 624 million Yuan …",
// "The social funds were made up of 638 million Yuan … and 467 million Yuan …", "Among them: (1) …":
// a sentence that opens by referring back to a whole breaks down a figure of the sentence before it.
const REFERS_BACK =
  /^\s*(?:of\s+(?:the|this|that|these|which|it)\b|among\s+(?:them|these|which|it)\b|[^,;]{0,60}?\b(?:(?:was|were)\s+(?:made\s+up|composed)\s+of|consisted\s+of|comprised)\b)/i;

/**
 * The whole a sentence that refers back breaks down: its figures that are no part of its own "of
 * which" levels are the parts of the figure of the sentence before (same report and section) that
 * they add up to. None adds up: no breakdown (the sentence may give examples, not all the parts).
 */
function wholeBefore(
  sentence: string,
  money: Entry[],
  levels: Level[],
  before: Entry[],
): { total: Entry; parts: Entry[] } | undefined {
  const first = money[0]!;
  const at = writtenAt(sentence, first.written);
  if (at < 0 || !REFERS_BACK.test(sentence.slice(0, at))) return undefined;
  const nested = new Set(levels.flatMap((l) => l.parts));
  const parts = money.filter((e) => !nested.has(e));
  if (parts.length < 2) return undefined;
  const sum = parts.reduce((s, p) => s + Number(p.value), 0);
  const total = before.find(
    (t) =>
      t.report === first.report &&
      t.section === first.section &&
      t.unit === first.unit &&
      parts.every((p) => p.unit === t.unit) &&
      partsAgree(sum, t.value as number),
  );
  return total && { total, parts };
}

/** Every level of the sentence's breakdown, outermost first, each with its total and direct parts. */
export function partsTree(sentence: string, figures: Entry[]): Level[] {
  type Event = { at: number; figure?: Entry; opens?: true; closes?: ";" | "(" | ")" };
  const events: Event[] = [];
  let from = 0;
  // Figures in the order written: the same written figure twice is found at its next occurrence.
  for (const e of figures) {
    const at = writtenAt(sentence, e.written, from);
    if (at < 0) continue;
    events.push({ at, figure: e });
    from = at + e.written.length;
  }
  for (const m of sentence.matchAll(OPENS_LEVEL)) events.push({ at: m.index!, opens: true });
  for (const m of sentence.matchAll(/[;()]/g)) events.push({ at: m.index!, closes: m[0] as ";" | "(" | ")" });
  events.sort((a, b) => a.at - b.at);

  const levels: Level[] = [];
  const open: Level[] = [];
  let last: Entry | undefined;
  // Parentheses around a nested "(of which …)" close its level with them.
  let depth = 0;
  for (const ev of events) {
    if (ev.opens) {
      if (last && open.at(-1)?.total !== last) {
        const level: Level = { total: last, parts: [], depth };
        levels.push(level);
        open.push(level);
      }
      continue;
    }
    if (ev.closes === "(") depth++;
    else if (ev.closes === ")") {
      depth = Math.max(0, depth - 1);
      while (open.length > 0 && open.at(-1)!.depth > depth) open.pop();
    } else if (ev.closes === ";") while (open.length > 1) open.pop();
    if (ev.closes) continue;
    const figure = ev.figure!;
    // A level whose parts already add up takes no more: the figure belongs to the level above, or,
    // when the outermost level is complete, to no breakdown at all (a new total may follow).
    while (open.length > 0 && complete(open.at(-1)!)) open.pop();
    open.at(-1)?.parts.push(figure);
    last = figure;
  }
  return levels;
}

const complete = (level: Level) =>
  level.parts.length >= 2 &&
  partsAgree(
    level.parts.reduce((s, p) => s + Number(p.value), 0),
    level.total.value as number,
  );

export function checkGroups(groups: Group[], byId: Map<string, Entry>): Violation[] {
  const out: Violation[] = [];
  const seen = new Set<string>();
  for (const g of groups) {
    if (seen.has(g.id)) out.push({ check: "groups", message: `group ${g.id} is defined twice` });
    seen.add(g.id);
    for (const id of [g.total, ...g.parts, ...(g.statedShare ? [g.statedShare] : [])]) {
      const e = byId.get(id);
      if (!e) out.push({ check: "groups", message: `group ${g.id} names unknown entry ${id}` });
      else if (e.kind === "date")
        out.push({ check: "groups", message: `group ${g.id} uses date entry ${id} as a figure` });
    }
  }
  return out;
}
