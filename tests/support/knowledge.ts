// Real knowledge, loaded once per test file, and throwaway copies of the knowledge folder on disk.
// knowledge/ may hold several reports, and they load in folder-name order (a second report such as
// "anhui-2012" sorts before "henan-2011"): tests find a report by its id, never by its position.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadEngine } from "../../src/answering/load-engine.js";
import { extractEntries } from "../../src/knowledge/extract.js";
import type { KnowledgeBase } from "../../src/knowledge/load.js";
import { type Report, ReportMetaSchema } from "../../src/knowledge/schema.js";
import { DEFAULT_KNOWLEDGE_DIR, PROJECT_ROOT } from "../../src/paths.js";

let engine: ReturnType<typeof loadEngine> | undefined;
export function realEngine() {
  engine ??= loadEngine(DEFAULT_KNOWLEDGE_DIR);
  return engine;
}

/** A copy of knowledge/ in a temp folder; the callback may break it. Removed afterwards. */
export function withKnowledgeCopy<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "report-bot-knowledge-"));
  try {
    cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const HENAN_ID = "henan-2011";
export const HENAN = join("reports", HENAN_ID);

/** The invented second report of tests/fixtures/reports (README there): with 【】 marks, and without. */
export const ANHUI_ID = "anhui-2012";
export const ANHUI_FIXTURE = join(PROJECT_ROOT, "tests", "fixtures", "reports", ANHUI_ID);
export const ANHUI_PLAIN_FIXTURE = join(PROJECT_ROOT, "tests", "fixtures", "reports", `${ANHUI_ID}-plain`);

/** The report with this id; fails the test with the ids there are when it is missing. */
export function reportById(kb: Pick<KnowledgeBase, "reports">, id: string = HENAN_ID): Report {
  const report = kb.reports.find((r) => r.meta.id === id);
  if (!report)
    throw new Error(
      `no report "${id}" in the knowledge (it has ${kb.reports.map((r) => r.meta.id).join(", ")})`,
    );
  return report;
}

/** The knowledge cut down to one report, as buildKnowledge would assemble it from that report alone. */
export function onlyReport(kb: KnowledgeBase, id: string = HENAN_ID): KnowledgeBase {
  const report = reportById(kb, id);
  return {
    ...kb,
    reports: [report],
    sections: report.sections,
    entries: report.entries,
    groups: report.groups,
    byId: new Map(report.entries.map((e) => [e.id, e])),
    // Skipped numbers do not say their report (two reports may share a section title): kept whole.
  };
}

/** Copies a report folder (a fixture) into a knowledge folder's reports/, leaving out expected.json. */
export function addReport(knowledgeDir: string, reportFolder: string, id?: string): void {
  const name = id ?? reportFolder.split(/[\\/]/).pop()!;
  cpSync(reportFolder, join(knowledgeDir, "reports", name), {
    recursive: true,
    filter: (src) => !src.endsWith("expected.json"),
  });
}

/** The meta of a made-up report, for tests that extract figures from a few sentences of their own. */
export const TEST_REPORT_META = ReportMetaSchema.parse({
  id: "t-2012",
  title: "T",
  region: "Anhui",
  year: 2012,
  source: "test",
});

/**
 * The figures extracted from one sentence of a made-up report (TEST_REPORT_META), keyed by the last
 * part of their id ("9-000-hectares"). `curated`: which entry ids an annotation would label.
 */
export function entriesOfSentence(sentence: string, curated: (id: string) => boolean = () => false) {
  const entries = extractEntries(
    TEST_REPORT_META,
    [{ title: "S", text: sentence, sentences: [sentence] }],
    [],
    curated,
  );
  return new Map(entries.map((e) => [e.id.split(":").at(-1)!, e]));
}

/** The meta of a small made-up Gansu report (tests that need a second report of a few sentences). */
export const MADE_UP_GANSU_META = {
  id: "gansu-2012",
  title: "Poverty Alleviation in Gansu Province",
  region: "Gansu",
  year: 2012,
  language: "en",
  source: "made up for tests",
  file: "report.txt",
} as const;

/** Its text in the series' style: 【】 sections; `body` gives the sections' sentences. */
export const madeUpGansuText = (body: Record<string, string>) =>
  `Poverty Alleviation in Gansu Province\n${Object.entries(body)
    .map(([title, text]) => `\n【${title}】${text}\n`)
    .join("")}`;

const madeUpDirs: string[] = [];
/**
 * An engine over the made-up Gansu report alone, its sections given by `body`, in a temp folder of
 * its own (the glossary copied beside it). Call removeMadeUpReports in afterAll.
 */
export function madeUpGansuEngine(body: Record<string, string>) {
  return madeUpEngine(madeUpGansuText(body), MADE_UP_GANSU_META);
}

/** The meta.json of a made-up report of `region` and `year` (its title: "Poverty Alleviation in <place>"). */
export const madeUpMeta = (region: string, year: number, place = region) => ({
  id: `${region.toLowerCase()}-${year}`,
  title: `Poverty Alleviation in ${place}`,
  region,
  year,
  language: "en",
  source: "made up for tests",
  file: "report.txt",
});

/**
 * An engine over one made-up report alone (its text and meta.json), in a temp folder of its own
 * with the glossary copied beside it. Call removeMadeUpReports in afterAll.
 */
export function madeUpEngine(text: string, meta: { id: string; [field: string]: unknown }) {
  const dir = mkdtempSync(join(tmpdir(), "report-bot-made-up-"));
  madeUpDirs.push(dir);
  const folder = join(dir, "reports", meta.id);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "report.txt"), text);
  writeFileSync(join(folder, "meta.json"), JSON.stringify(meta));
  cpSync(join(DEFAULT_KNOWLEDGE_DIR, "glossary.zh.json"), join(dir, "glossary.zh.json"));
  return loadEngine(dir);
}

export function removeMadeUpReports(): void {
  for (const dir of madeUpDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}
