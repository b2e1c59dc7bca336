// Loads every report under knowledge/reports: clean, split, extract (or read a facts file),
// annotate, then validate everything. Any violation fails the whole load with the full list:
// the bot never serves half-checked knowledge.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
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
import { splitSections } from "./split.js";
import { checkCoverage, checkProvenance, type Violation } from "./validate.js";

export class KnowledgeError extends Error {
  constructor(readonly violations: Violation[]) {
    super(
      `knowledge failed validation with ${violations.length} problem(s):\n${violations.map((v) => `- [${v.check}] ${v.message}`).join("\n")}`,
    );
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
  if (!existsSync(reportsDir))
    throw new KnowledgeError([{ check: "schema", message: `no reports folder at ${reportsDir}` }]);
  return readdirSync(reportsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((d) => {
      const folder = join(reportsDir, d.name);
      const json = (name: string) =>
        existsSync(join(folder, name)) ? parseJson(join(folder, name)) : undefined;
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
  const data = readBounded(path);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    throw new KnowledgeError([{ check: "schema", message: `${path}: not valid UTF-8 text` }]);
  }
}

// A file far larger than any real one is refused before it is read (a 50 MB report.txt once
// took minutes to load).
function readBounded(path: string): Buffer {
  const size = statSync(path).size;
  if (size > FILE_MAX_BYTES) {
    throw new KnowledgeError([
      {
        check: "schema",
        message: `${path}: the file is ${formatBytes(size)}; the limit for a knowledge file is ${formatBytes(FILE_MAX_BYTES)}`,
      },
    ]);
  }
  return readFileSync(path);
}

function parseJson(path: string): unknown {
  const text = readBounded(path).toString("utf8");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new KnowledgeError([
      { check: "schema", message: `${path}: not valid JSON (${(error as Error).message})` },
    ]);
  }
}

/** The version buildKnowledge gives these files: a hash of them, computable without building. */
export function knowledgeVersion(files: ReportFiles[]): string {
  return createHash("sha256").update(JSON.stringify(files)).digest("hex").slice(0, 12);
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
  for (const id of new Set(reportIds))
    if (reportIds.filter((x) => x === id).length > 1)
      violations.push({ check: "ids", message: `duplicate report id ${id}` });
  const groups = reports.flatMap((r) => r.groups);
  violations.push(...checkGroups(groups, byId));
  if (violations.length > 0) throw new KnowledgeError(violations);
  const version = knowledgeVersion(files);
  return { version, reports, sections: reports.flatMap((r) => r.sections), entries, groups, byId, skipped };
}

function buildReport(f: ReportFiles, where: string, violations: Violation[]) {
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
  const split = splitSections(cleaned);
  if (split.sections.length === 0) {
    violations.push({ check: "schema", message: `${name}: no 【section】 marks found` });
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
      extractEntries(meta, split.sections, annotations.skips),
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
            message: `${e.id ?? "?"}: ${r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
          },
        ];
  });
  violations.push(...entryViolations, ...checkProvenance(entries, sections));
  const coverage = checkCoverage(entries, sections, annotations.skips);
  violations.push(...coverage.violations);
  const groups = annotations.groups.length > 0 ? annotations.groups : detectPartsGroups(entries);
  const report: Report = { meta, cleaned, sections, entries, groups, skips: annotations.skips };
  return { report, skipped: coverage.skipped };
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
  for (const issue of r.error.issues)
    violations.push({
      check: "schema",
      message: `${where}: ${issue.path.join(".") || "(root)"}: ${issue.message}`,
    });
  return undefined;
}

export type { ReportMeta };
