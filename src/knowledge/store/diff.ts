// What a knowledge change did: counts before and after, and which entries came, went or changed.
import type { KnowledgeBase } from "../load.js";
import type { Entry } from "../schema.js";

export type CountDiff = { before: number; after: number };
export type RefreshDiff = {
  reports: CountDiff;
  sections: CountDiff;
  entries: CountDiff & { added: string[]; removed: string[]; changed: string[] };
};

/** The fields whose change makes an entry "changed": what it says and where it says it. */
const compared = (e: Entry) =>
  JSON.stringify([
    e.kind,
    e.value,
    e.kind === "date" ? (e.end ?? null) : null,
    e.unit,
    e.written,
    e.label,
    e.sentence,
  ]);

export function diffKnowledge(before: KnowledgeBase, after: KnowledgeBase): RefreshDiff {
  const added = after.entries.filter((e) => !before.byId.has(e.id)).map((e) => e.id);
  const removed = before.entries.filter((e) => !after.byId.has(e.id)).map((e) => e.id);
  const changed = after.entries
    .filter((e) => {
      const old = before.byId.get(e.id);
      return old !== undefined && compared(old) !== compared(e);
    })
    .map((e) => e.id);
  return {
    reports: { before: before.reports.length, after: after.reports.length },
    sections: { before: before.sections.length, after: after.sections.length },
    entries: { before: before.entries.length, after: after.entries.length, added, removed, changed },
  };
}
