// Loads every report under knowledge/reports: clean, split, extract (or read a facts file),
// annotate, then validate everything. A report with any violation is skipped whole, with its
// reasons, and the others load: the bot never serves half-checked knowledge, and one bad report
// never takes the others down. Only when no report at all loads does the load fail.
import { createHash } from "node:crypto";
import { z } from "zod";
import { cleanReportText } from "./clean.js";
import { extractEntries } from "./extract.js";
import { checkGroups, detectPartsGroups } from "./groups.js";
import { checkLabelSupport } from "./label-support.js";
import {
  FIGURES_MAX_PER_REPORT,
  FILE_MAX_BYTES,
  formatBytes,
  LINE_MAX_CHARS,
  SENTENCE_MAX_CHARS,
} from "./limits.js";
import { skipPatternProblem } from "./patterns.js";
import { sameReportKey } from "./report-key.js";
import { NoReportsFolderError, readReportFolders as readFolders, type ReportFiles } from "./read.js";
import {
  AnnotationsFileSchema,
  EntrySchema,
  ReportMetaSchema,
  type AnnotationsFile,
  type Entry,
  type Group,
  type Report,
  type ReportMeta,
  type Section,
} from "./schema.js";
import { splitReport } from "./split.js";
import { checkCoverage, checkProvenance, type Violation } from "./validate.js";
import { zodProblems } from "../util/zod.js";

export type { ReportFiles } from "./read.js";

export class KnowledgeError extends Error {
  constructor(readonly violations: Violation[]) {
    super(
      `knowledge failed validation with ${violations.length} problem(s):\n${violations.map((v) => `- [${v.check}] ${v.message}`).join("\n")}`,
    );
    this.name = "KnowledgeError";
  }
}

/** A report that did not load, and why: its id (or folder when its meta is unreadable) and every violation. */
export type SkippedReport = { report: string; folder?: string | undefined; violations: Violation[] };

/** Something a moderator should know about a report that did load (e.g. no sections found). */
export type KnowledgeWarning = { report: string; message: string };

export type KnowledgeBase = {
  /** Content hash: changes whenever any report, annotation or facts file changes. */
  version: string;
  reports: Report[];
  sections: Section[];
  entries: Entry[];
  groups: Group[];
  byId: Map<string, Entry>;
  skipped: { section: string; text: string; reason: string }[];
  /** Reports that were not loaded, with the reasons (absent: none, e.g. knowledge rebuilt from a snapshot). */
  skippedReports?: SkippedReport[];
  /** Warnings about loaded reports (absent: none). */
  warnings?: KnowledgeWarning[];
};

export const FactsFileSchema = z.object({ entries: z.array(EntrySchema) });

export function loadKnowledge(dir: string): KnowledgeBase {
  return buildKnowledge(readReportFiles(dir));
}

export function readReportFiles(dir: string): ReportFiles[] {
  return readReportFolders(dir).map((f) => f.files);
}

/** The report folders under <dir>/reports, by name, each with the files the loader reads from it. */
export function readReportFolders(dir: string): { name: string; files: ReportFiles }[] {
  try {
    return readFolders(dir);
  } catch (error) {
    if (error instanceof NoReportsFolderError)
      throw new KnowledgeError([{ check: "schema", message: error.message }]);
    throw error;
  }
}

/**
 * The version buildKnowledge gives these files: a hash of what they hold, computable without
 * building. Where they were read from is not part of it (an upload's files are not read).
 */
export function knowledgeVersion(files: ReportFiles[]): string {
  const contents = files.map(({ folder: _folder, ...content }) => content);
  return createHash("sha256").update(JSON.stringify(contents)).digest("hex").slice(0, 12);
}

/** One line for each skipped report: what a moderator reads at start, in /refresh and in validate-knowledge. */
export function describeSkippedReport(s: SkippedReport, shown = 3): string {
  const where = s.folder && s.report !== `reports/${s.folder}` ? ` (reports/${s.folder})` : "";
  const reasons = s.violations.slice(0, shown).map((v) => `[${v.check}] ${v.message}`);
  const more = s.violations.length - reasons.length;
  return `report ${s.report}${where} skipped: ${reasons.join("; ")}${more > 0 ? `; and ${more} more problem(s)` : ""}`;
}

type Built = { report: Report; skipped: KnowledgeBase["skipped"]; warnings: string[] };
type Attempt = { files: ReportFiles; name: string; violations: Violation[]; built?: Built | undefined };

export function buildKnowledge(files: ReportFiles[]): KnowledgeBase {
  if (files.length === 0) throw new KnowledgeError([{ check: "schema", message: "no reports to load" }]);
  const attempts: Attempt[] = files.map((f, i) => ({
    files: f,
    name: reportName(f, i),
    violations: [...(f.problems ?? [])],
  }));
  // Reports whose sections are marked (or given in meta.json) first: their titles are the
  // series' section names, by which an unmarked report's run-in headings are found.
  const deferred: Attempt[] = [];
  for (const a of attempts) {
    if (a.violations.length > 0) continue;
    const r = buildReport(a.files, a.name, a.violations, undefined);
    if (r === DEFER) deferred.push(a);
    else a.built = r;
  }
  const knownTitles = attempts.flatMap((a) =>
    a.built && a.violations.length === 0 ? a.built.report.sections.map((s) => s.title) : [],
  );
  for (const a of deferred) {
    const r = buildReport(a.files, a.name, a.violations, knownTitles);
    a.built = r === DEFER ? undefined : r;
  }

  const reports: Report[] = [];
  const skipped: KnowledgeBase["skipped"] = [];
  const skippedReports: SkippedReport[] = [];
  const warnings: KnowledgeWarning[] = [];
  const byId = new Map<string, Entry>();
  const folderOf = new Map<string, string | undefined>();
  // A second folder with the same report under another id still loads (a moderator may have
  // confirmed the copy on upload), but it is said: a question naming no province gets it twice.
  const firstWithKey = new Map<string, string>();
  for (const a of attempts) {
    const built = a.violations.length === 0 ? a.built : undefined;
    if (built) a.violations.push(...clashes(built.report, folderOf, byId));
    if (!built || a.violations.length > 0) {
      if (a.violations.length === 0) a.violations.push({ check: "schema", message: `${a.name}: not loaded` });
      skippedReports.push({ report: a.name, folder: a.files.folder, violations: a.violations });
      continue;
    }
    reports.push(built.report);
    skipped.push(...built.skipped);
    warnings.push(...built.warnings.map((message) => ({ report: built.report.meta.id, message })));
    folderOf.set(built.report.meta.id, a.files.folder);
    const key = sameReportKey(built.report);
    const twin = firstWithKey.get(key);
    if (twin)
      warnings.push({
        report: built.report.meta.id,
        message: `repeats report ${twin} (same region, year and text); remove one of the two folders`,
      });
    else firstWithKey.set(key, built.report.meta.id);
    for (const e of built.report.entries) byId.set(e.id, e);
  }
  if (reports.length === 0) throw new KnowledgeError(skippedReports.flatMap((s) => s.violations));
  const entries = reports.flatMap((r) => r.entries);
  return {
    version: knowledgeVersion(files),
    reports,
    sections: reports.flatMap((r) => r.sections),
    entries,
    groups: reports.flatMap((r) => r.groups),
    byId,
    skipped,
    skippedReports,
    warnings,
  };
}

/** A report that would clash with one loaded before it: the same id, or an entry id already used. */
function clashes(
  report: Report,
  folderOf: Map<string, string | undefined>,
  byId: Map<string, Entry>,
): Violation[] {
  const id = report.meta.id;
  if (folderOf.has(id)) {
    const first = folderOf.get(id);
    return [
      {
        check: "ids",
        message: `duplicate report id ${id}: already loaded${first ? ` from reports/${first}` : ""}`,
      },
    ];
  }
  return report.entries
    .filter((e) => byId.has(e.id))
    .slice(0, 3)
    .map((e) => ({ check: "ids" as const, message: `duplicate entry id ${e.id}: another report has it` }));
}

/** What to call a report in messages: its id when its meta names one, else its folder. */
function reportName(f: ReportFiles, i: number): string {
  const id = (f.meta as { id?: unknown } | undefined)?.id;
  if (typeof id === "string" && /^[a-z0-9][a-z0-9-]*$/.test(id)) return id;
  return f.folder !== undefined ? `reports/${f.folder}` : `report #${i + 1}`;
}

/** buildReport's answer when the text has no marks and no titles in meta.json: build it once the series' titles are known. */
const DEFER = Symbol("defer");

function buildReport(
  f: ReportFiles,
  where: string,
  violations: Violation[],
  knownTitles: readonly string[] | undefined,
): Built | undefined | typeof DEFER {
  const meta = parseWith(ReportMetaSchema, f.meta, `${where} meta.json`, violations);
  const annotations = parseWith(
    AnnotationsFileSchema,
    f.annotations ?? {},
    `${where} annotations.json`,
    violations,
  );
  if (!meta || !annotations) return undefined;
  const name = meta.id;
  if (!f.text.trim()) {
    violations.push({ check: "schema", message: `${name}: report text is empty` });
    return undefined;
  }
  const sizeProblem = textSizeProblem(f.text);
  if (sizeProblem) {
    violations.push({ check: "schema", message: `${name}: ${sizeProblem}` });
    return undefined;
  }
  const patternProblems = annotations.skips.flatMap((skip, i) => {
    const problem = skipPatternProblem(skip.pattern);
    return problem
      ? [
          {
            check: "schema" as const,
            message: `${name} annotations.json: skips.${i}.pattern ${JSON.stringify(skip.pattern)}: ${problem}`,
          },
        ]
      : [];
  });
  if (patternProblems.length > 0) {
    violations.push(...patternProblems);
    return undefined;
  }
  const cleaned = cleanReportText(f.text, { footerStart: meta.footerStart });
  const split = splitReport(cleaned, {
    reportTitle: meta.title,
    sections: meta.sections,
    knownTitles: knownTitles ?? [],
  });
  if (knownTitles === undefined && (split.method === "headings" || split.method === "whole")) return DEFER;
  if (split.missing.length > 0) {
    violations.push(
      ...split.missing.map((title) => ({
        check: "schema" as const,
        message: `${name} meta.json: sections: "${title}" does not start a line of the text (after the section before it)`,
      })),
    );
    return undefined;
  }
  if (split.sections.length === 0) {
    violations.push({ check: "schema", message: `${name}: no section text found` });
    return undefined;
  }
  const longSentences = split.sections.flatMap((s) =>
    s.sentences.filter((x) => x.length > SENTENCE_MAX_CHARS).map((x) => ({ s, x })),
  );
  if (longSentences.length > 0) {
    for (const { s, x } of longSentences.slice(0, 3)) {
      violations.push({
        check: "schema",
        message: `${name} / ${s.title}: a sentence of ${x.length} characters; the limit is ${SENTENCE_MAX_CHARS} ("${x.slice(0, 80)}…")`,
      });
    }
    return undefined;
  }
  const sections: Section[] = split.sections.map((s, index) => ({
    report: meta.id,
    index,
    title: s.title,
    text: s.text,
    sentences: s.sentences,
    region: meta.sectionRegions[s.title] ?? meta.region,
    titleZh: annotations.sections[s.title]?.titleZh,
    aliases: annotations.sections[s.title]?.aliases ?? [],
  }));
  for (const title of Object.keys(annotations.sections)) {
    if (!sections.some((s) => s.title === title))
      violations.push({ check: "schema", message: `${name}: annotations name unknown section "${title}"` });
  }

  let entries: Entry[];
  if (f.facts !== undefined) {
    const facts = parseWith(FactsFileSchema, f.facts, `${name} facts.json`, violations);
    if (!facts) return undefined;
    entries = facts.entries.filter((e) => e.report === meta.id);
    if (entries.length !== facts.entries.length)
      violations.push({ check: "ids", message: `${name}: facts.json holds entries of another report` });
    violations.push(...checkLabelSupport(entries, sections, annotations));
  } else {
    entries = applyAnnotations(
      extractEntries(meta, split.sections, annotations.skips, (id) => !!annotations.entries[id]?.label),
      annotations,
      name,
      violations,
    );
  }
  if (entries.length > FIGURES_MAX_PER_REPORT) {
    violations.push({
      check: "schema",
      message: `${name}: more than ${FIGURES_MAX_PER_REPORT} figures; the limit for one report is ${FIGURES_MAX_PER_REPORT}`,
    });
    return undefined;
  }
  const entryViolations = entries.flatMap((e) => {
    const r = EntrySchema.safeParse(e);
    return r.success
      ? []
      : [
          {
            check: "schema" as const,
            message: `${e.id ?? "?"}: ${zodProblems(r.error).join("; ")}`,
          },
        ];
  });
  violations.push(...entryViolations, ...checkProvenance(entries, sections));
  const coverage = checkCoverage(entries, sections, annotations.skips);
  violations.push(...coverage.violations);
  const groups = annotations.groups.length > 0 ? annotations.groups : detectPartsGroups(entries);
  const byId = new Map<string, Entry>();
  for (const e of entries) {
    if (byId.has(e.id)) violations.push({ check: "ids", message: `duplicate entry id ${e.id}` });
    byId.set(e.id, e);
  }
  violations.push(...checkGroups(groups, byId));
  const report: Report = { meta, cleaned, sections, entries, groups, skips: annotations.skips };
  return { report, skipped: coverage.skipped, warnings: split.warnings };
}

/** Why a report text is refused before it is read further: too large, or a line too long. */
function textSizeProblem(text: string): string | undefined {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > FILE_MAX_BYTES)
    return `the report text is ${formatBytes(bytes)}; the limit is ${formatBytes(FILE_MAX_BYTES)}`;
  let line = 1;
  for (let start = 0; start <= text.length; line++) {
    const end = text.indexOf("\n", start);
    const length = (end < 0 ? text.length : end) - start;
    if (length > LINE_MAX_CHARS)
      return `line ${line} of the report text is ${length} characters long; the limit is ${LINE_MAX_CHARS} characters a line`;
    if (end < 0) break;
    start = end + 1;
  }
  return undefined;
}

function applyAnnotations(
  entries: Entry[],
  annotations: AnnotationsFile,
  name: string,
  violations: Violation[],
): Entry[] {
  const ids = new Set(entries.map((e) => e.id));
  for (const id of Object.keys(annotations.entries)) {
    if (!ids.has(id))
      violations.push({ check: "ids", message: `${name}: annotations name unknown entry ${id}` });
  }
  return entries.map((e) => {
    const a = annotations.entries[e.id];
    if (!a) return e;
    return {
      ...e,
      label: a.label ?? e.label,
      aliases: [...e.aliases, ...a.aliases],
      ...(a.unit && e.kind === "count" ? { unit: a.unit } : {}),
    } as Entry;
  });
}

function parseWith<T>(
  schema: z.ZodType<T>,
  value: unknown,
  where: string,
  violations: Violation[],
): T | undefined {
  if (value === undefined) {
    violations.push({ check: "schema", message: `${where}: missing` });
    return undefined;
  }
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  for (const problem of zodProblems(r.error))
    violations.push({ check: "schema", message: `${where}: ${problem}` });
  return undefined;
}

export type { ReportMeta };
