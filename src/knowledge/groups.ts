// Totals and their parts ("a total of X, of which A, B and C") and targets against results.
// Curated groups come from annotations; a report without any gets the "of which" sentences found
// for it, so a newly added report still has its breakdowns audited.
import type { Entry, Group } from "./schema.js";
import { slugify } from "./slug.js";
import type { Violation } from "./validate.js";

export function detectPartsGroups(entries: Entry[]): Group[] {
  const groups: Group[] = [];
  const bySentence = new Map<string, Entry[]>();
  for (const e of entries)
    if (e.kind === "money") bySentence.set(e.sentence, [...(bySentence.get(e.sentence) ?? []), e]);
  for (const [sentence, money] of bySentence) {
    const split = sentence.search(/\bof which\b/i);
    if (split < 0) continue;
    const before = money.filter((e) => sentence.indexOf(e.written) < split);
    const after = money.filter((e) => sentence.indexOf(e.written) > split);
    const total = before.at(-1);
    if (!total || after.length < 2) continue;
    groups.push({
      id: slugify(`${total.section} ${total.written} parts`),
      title: `${total.label} by part`,
      type: "parts",
      total: total.id,
      parts: after.map((e) => e.id),
    });
  }
  return groups;
}

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
