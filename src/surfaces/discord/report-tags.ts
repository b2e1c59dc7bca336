// Which report a choice or a list belongs to once several are loaded: "Henan 2011" (region and
// year, the way moderators and members tell the series' reports apart). With one report nothing
// is added, so its autocomplete and /sections read exactly as before.
import type { KnowledgeBase } from "../../knowledge/load.js";
import { getOrInsertComputed } from "../../util/maps.js";

export type ReportTags = {
  /** The tag of a report by id; undefined when only one report is loaded. */
  tag(reportId: string): string | undefined;
  /** The report's position in the knowledge (choices are grouped in this order). */
  order(reportId: string): number;
};

const cache = new WeakMap<KnowledgeBase, ReportTags>();

export function reportTags(kb: KnowledgeBase): ReportTags {
  return getOrInsertComputed(cache, kb, () => {
    const order = new Map(kb.reports.map((r, i) => [r.meta.id, i]));
    if (kb.reports.length < 2) return { tag: () => undefined, order: (id) => order.get(id) ?? 0 };
    const base = (r: KnowledgeBase["reports"][number]) => `${r.meta.region} ${r.meta.year}`;
    const uses = new Map<string, number>();
    for (const r of kb.reports) uses.set(base(r), (uses.get(base(r)) ?? 0) + 1);
    // Two reports of one region and year (a draft beside the final one) are told apart by id.
    const tags = new Map(
      kb.reports.map((r) => [r.meta.id, uses.get(base(r))! > 1 ? `${base(r)} (${r.meta.id})` : base(r)]),
    );
    return { tag: (id) => tags.get(id), order: (id) => order.get(id) ?? kb.reports.length };
  });
}
