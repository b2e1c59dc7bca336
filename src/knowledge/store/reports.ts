// What a refresh did to each report, for the moderator's reply: which reports came, changed or
// went (named by id, title, region and year), and for each new or changed one a few of its new
// figures' labels with their count, its audit (do its parts add up to its totals) and the figures
// whose label could not be made from their sentence. Also: whether a report repeats another one.
import { auditKnowledge } from "../audit.js";
import type { KnowledgeBase } from "../load.js";
import type { Entry, Report } from "../schema.js";
import { hash, sameReportKey } from "../report-key.js";

/** A report as the reply names it. */
export type ReportRef = { id: string; title: string; region: string; year: number };

export type ReportChange = ReportRef & {
  /** Figures the report did not have before (all of them for an added report): how many, and the first labels. */
  newFigures: { count: number; labels: string[] };
  /** The audit of the report's totals and parts: how many checks ran and the ones that failed. */
  audit: { checks: number; failed: { title: string; detail: string }[] };
  /** Figures (as written, with their section) whose label is no more than the figure itself. */
  unlabelled: { count: number; figures: string[] };
};

export type ReportChanges = { added: ReportChange[]; changed: ReportChange[]; removed: ReportRef[] };

/** How many labels, and unlabelled figures, a reply lists; the rest are counted. */
export const LISTED_PER_REPORT = 5;

export const refOf = (r: Report): ReportRef => ({
  id: r.meta.id,
  title: r.meta.title,
  region: r.meta.region,
  year: r.meta.year,
});

export function reportChanges(before: KnowledgeBase, after: KnowledgeBase): ReportChanges {
  const old = new Map(before.reports.map((r) => [r.meta.id, r]));
  const now = new Set(after.reports.map((r) => r.meta.id));
  const added: ReportChange[] = [];
  const changed: ReportChange[] = [];
  for (const r of after.reports) {
    const was = old.get(r.meta.id);
    if (!was) added.push(describe(r, after, () => true));
    else if (fingerprint(was) !== fingerprint(r)) {
      const had = new Map(was.entries.map((e) => [e.id, figureOf(e)]));
      changed.push(describe(r, after, (e) => had.get(e.id) !== figureOf(e)));
    }
  }
  const removed = before.reports.filter((r) => !now.has(r.meta.id)).map(refOf);
  return { added, changed, removed };
}

function describe(r: Report, kb: KnowledgeBase, isNew: (e: Entry) => boolean): ReportChange {
  const fresh = r.entries.filter(isNew);
  const checks = auditKnowledge({ ...kb, groups: r.groups });
  const unlabelled = r.entries.filter(labelNotMade);
  return {
    ...refOf(r),
    newFigures: { count: fresh.length, labels: fresh.slice(0, LISTED_PER_REPORT).map((e) => e.label) },
    audit: {
      checks: checks.length,
      failed: checks.filter((c) => !c.ok).map((c) => ({ title: c.title, detail: c.detail })),
    },
    unlabelled: {
      count: unlabelled.length,
      figures: unlabelled.slice(0, LISTED_PER_REPORT).map((e) => `${e.written} (${e.section})`),
    },
  };
}

/**
 * A label that says nothing beyond the figure ("3.65 billion Yuan", "up N%", "villages"): once the
 * written figure, numbers and the words of amounts and changes are taken out, fewer than two
 * words of three letters or more are left.
 */
export function labelNotMade(e: Entry): boolean {
  const rest = e.label
    .split(e.written)
    .join(" ")
    .replace(/[\d.,%]+/g, " ");
  const words = (rest.match(/\p{L}{3,}/gu) ?? []).filter((w) => !AMOUNT_WORDS.has(w.toLowerCase()));
  return words.length < 2;
}

// Words that come with any figure: they say how much, not what of.
const AMOUNT_WORDS = new Set(
  "yuan rmb billion million thousand hundred percent per cent the and over than from with was were up down increase decrease".split(
    " ",
  ),
);

/** What makes a figure "new" in a changed report: its value, unit, label or sentence changed. */
const figureOf = (e: Entry) => JSON.stringify([e.kind, e.value, e.unit, e.written, e.label, e.sentence]);

/** Everything a moderator would call the report: its meta, its sections and its figures. */
function fingerprint(r: Report): string {
  return hash(JSON.stringify([r.meta, r.sections, r.entries, r.groups]));
}

/** For each report that repeats one before it (same region, year and text): the pair. */
export function duplicateReports(reports: Report[]): { report: ReportRef; of: ReportRef }[] {
  const first = new Map<string, Report>();
  const out: { report: ReportRef; of: ReportRef }[] = [];
  for (const r of reports) {
    const key = sameReportKey(r);
    const earlier = first.get(key);
    if (earlier) out.push({ report: refOf(r), of: refOf(earlier) });
    else first.set(key, r);
  }
  return out;
}
