// Loads every report under knowledge/reports: clean, split, extract (or read a facts file),
// annotate, then validate everything. Any violation fails the whole load with the full list:
// the bot never serves half-checked knowledge.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { cleanReportText } from "./clean.js";
import { extractEntries } from "./extract.js";
import { checkGroups, detectPartsGroups } from "./groups.js";
import {
  AnnotationsFileSchema, EntrySchema, ReportMetaSchema, type AnnotationsFile, type Entry, type Group,
  type Report, type ReportMeta, type Section,
} from "./schema.js";
import { splitSections } from "./split.js";
import { checkCoverage, checkProvenance, type Violation } from "./validate.js";

export class KnowledgeError extends Error {
  constructor(readonly violations: Violation[]) {
    super(`knowledge failed validation with ${violations.length} problem(s):\n${violations.map((v) => `- [${v.check}] ${v.message}`).join("\n")}`);
    this.name = "KnowledgeError";
  }
}

export type KnowledgeBase = {
  /** Content hash: changes whenever any report, annotation or facts file changes. */
  version: string;
  reports: Report[];
  sections: Section[];
  entries: Entry[];
  groups: Group[];
  byId: Map<string, Entry>;
  skipped: { section: string; text: string; reason: string }[];
};

/** The raw files of one report, as read from disk or received in a refresh. */
export type ReportFiles = { meta: unknown; text: string; annotations?: unknown; facts?: unknown };

export const FactsFileSchema = z.object({ entries: z.array(EntrySchema) });

export function loadKnowledge(dir: string): KnowledgeBase {
  return buildKnowledge(readReportFiles(dir));
}

export function readReportFiles(dir: string): ReportFiles[] {
  return readReportFolders(dir).map((f) => f.files);
}

/** The report folders under <dir>/reports, by name, each with the files the loader reads from it. */
export function readReportFolders(dir: string): { name: string; files: ReportFiles }[] {
  const reportsDir = join(dir, "reports");
  if (!existsSync(reportsDir)) throw new KnowledgeError([{ check: "schema", message: `no reports folder at ${reportsDir}` }]);
  return readdirSync(reportsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((d) => {
      const folder = join(reportsDir, d.name);
      const json = (name: string) => (existsSync(join(folder, name)) ? parseJson(join(folder, name)) : undefined);
      const meta = json("meta.json");
      const file = (meta as { file?: string } | undefined)?.file ?? "report.txt";
      const files: ReportFiles = {
        meta,
        text: existsSync(join(folder, file)) ? readUtf8(join(folder, file)) : "",
        annotations: json("annotations.json"),
        facts: json("facts.json"),
      };
      return { name: d.name, files };
    });
}

// Bytes that are not UTF-8 would silently become U+FFFD and then be quoted: refuse the file instead.
function readUtf8(path: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(path));
  } catch {
    throw new KnowledgeError([{ check: "schema", message: `${path}: not valid UTF-8 text` }]);
  }
}

function parseJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new KnowledgeError([{ check: "schema", message: `${path}: not valid JSON (${(error as Error).message})` }]);
  }
}

export function buildKnowledge(files: ReportFiles[]): KnowledgeBase {
  const violations: Violation[] = [];
  const reports: Report[] = [];
  const skipped: KnowledgeBase["skipped"] = [];
  for (const [i, f] of files.entries()) {
    const report = buildReport(f, `report #${i + 1}`, violations);
    if (!report) continue;
    reports.push(report.report);
    skipped.push(...report.skipped);
  }
  if (files.length === 0) violations.push({ check: "schema", message: "no reports to load" });
  const entries = reports.flatMap((r) => r.entries);
  const byId = new Map<string, Entry>();
  for (const e of entries) {
    if (byId.has(e.id)) violations.push({ check: "ids", message: `duplicate entry id ${e.id}` });
    byId.set(e.id, e);
  }
  const reportIds = reports.map((r) => r.meta.id);
  for (const id of new Set(reportIds)) if (reportIds.filter((x) => x === id).length > 1) violations.push({ check: "ids", message: `duplicate report id ${id}` });
  const groups = reports.flatMap((r) => r.groups);
  violations.push(...checkGroups(groups, byId));
  if (violations.length > 0) throw new KnowledgeError(violations);
  const version = createHash("sha256").update(JSON.stringify(files)).digest("hex").slice(0, 12);
  return { version, reports, sections: reports.flatMap((r) => r.sections), entries, groups, byId, skipped };
}

function buildReport(f: ReportFiles, where: string, violations: Violation[]) {
  const meta = parseWith(ReportMetaSchema, f.meta, `${where} meta.json`, violations);
  const annotations = parseWith(AnnotationsFileSchema, f.annotations ?? {}, `${where} annotations.json`, violations);
  if (!meta || !annotations) return undefined;
  const name = meta.id;
  if (!f.text.trim()) {
    violations.push({ check: "schema", message: `${name}: report text is empty` });
    return undefined;
  }
  const cleaned = cleanReportText(f.text, { footerStart: meta.footerStart });
  const split = splitSections(cleaned);
  if (split.sections.length === 0) {
    violations.push({ check: "schema", message: `${name}: no 【section】 marks found` });
    return undefined;
  }
  const sections: Section[] = split.sections.map((s, index) => ({
    report: meta.id, index, title: s.title, text: s.text, sentences: s.sentences,
    region: meta.sectionRegions[s.title] ?? meta.region,
    titleZh: annotations.sections[s.title]?.titleZh,
    aliases: annotations.sections[s.title]?.aliases ?? [],
  }));
  for (const title of Object.keys(annotations.sections)) {
    if (!sections.some((s) => s.title === title)) violations.push({ check: "schema", message: `${name}: annotations name unknown section "${title}"` });
  }

  let entries: Entry[];
  if (f.facts !== undefined) {
    const facts = parseWith(FactsFileSchema, f.facts, `${name} facts.json`, violations);
    if (!facts) return undefined;
    entries = facts.entries.filter((e) => e.report === meta.id);
    if (entries.length !== facts.entries.length) violations.push({ check: "ids", message: `${name}: facts.json holds entries of another report` });
  } else {
    entries = applyAnnotations(extractEntries(meta, split.sections, annotations.skips), annotations, name, violations);
  }
  const entryViolations = entries.flatMap((e) => {
    const r = EntrySchema.safeParse(e);
    return r.success ? [] : [{ check: "schema" as const, message: `${e.id ?? "?"}: ${r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}` }];
  });
  violations.push(...entryViolations, ...checkProvenance(entries, sections));
  const coverage = checkCoverage(entries, sections, annotations.skips);
  violations.push(...coverage.violations);
  const groups = annotations.groups.length > 0 ? annotations.groups : detectPartsGroups(entries);
  const report: Report = { meta, cleaned, sections, entries, groups, skips: annotations.skips };
  return { report, skipped: coverage.skipped };
}

function applyAnnotations(entries: Entry[], annotations: AnnotationsFile, name: string, violations: Violation[]): Entry[] {
  const ids = new Set(entries.map((e) => e.id));
  for (const id of Object.keys(annotations.entries)) {
    if (!ids.has(id)) violations.push({ check: "ids", message: `${name}: annotations name unknown entry ${id}` });
  }
  return entries.map((e) => {
    const a = annotations.entries[e.id];
    if (!a) return e;
    return { ...e, label: a.label ?? e.label, aliases: [...e.aliases, ...a.aliases], ...(a.unit && e.kind === "count" ? { unit: a.unit } : {}) } as Entry;
  });
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown, where: string, violations: Violation[]): T | undefined {
  if (value === undefined) {
    violations.push({ check: "schema", message: `${where}: missing` });
    return undefined;
  }
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  for (const issue of r.error.issues) violations.push({ check: "schema", message: `${where}: ${issue.path.join(".") || "(root)"}: ${issue.message}` });
  return undefined;
}

export type { ReportMeta };
