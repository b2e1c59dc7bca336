// Reads the report folders under <dir>/reports as the loader sees them. A file that cannot be read
// (not UTF-8, not JSON, over the size limit) is a problem of its report only: it is recorded with
// the report's files, and the loader skips that report and loads the others.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { FILE_MAX_BYTES, formatBytes } from "./limits.js";
import type { Violation } from "./validate.js";

/** The raw files of one report, as read from disk or received in a refresh. */
export type ReportFiles = {
  meta: unknown;
  text: string;
  annotations?: unknown;
  facts?: unknown;
  /** Why a file of the report could not be read; the report is skipped (it is not built). */
  problems?: Violation[];
  /** The folder under reports/ it was read from; not part of the version (see knowledgeVersion). */
  folder?: string;
};

/** No reports folder at all: nothing can load, so this fails the whole load (KnowledgeError). */
export class NoReportsFolderError extends Error {
  constructor(readonly path: string) {
    super(`no reports folder at ${path}`);
  }
}

/** The report folders under <dir>/reports, by name, each with the files the loader reads from it. */
export function readReportFolders(dir: string): { name: string; files: ReportFiles }[] {
  const reportsDir = join(dir, "reports");
  if (!existsSync(reportsDir)) throw new NoReportsFolderError(reportsDir);
  return readdirSync(reportsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((d) => ({ name: d.name, files: readReportFolder(join(reportsDir, d.name), d.name) }));
}

function readReportFolder(folder: string, name: string): ReportFiles {
  const problems: Violation[] = [];
  // Messages name the file relative to the knowledge folder: the same folder copied elsewhere
  // reads (and versions) the same.
  const shown = (file: string) => `reports/${name}/${file}`;
  const read = <T>(file: string, how: (path: string, shown: string) => T): T | undefined => {
    const path = join(folder, file);
    if (!existsSync(path)) return undefined;
    try {
      return how(path, shown(file));
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      problems.push({ check: "schema", message: error.message });
      return undefined;
    }
  };
  const meta = read("meta.json", parseJson);
  const file = (meta as { file?: unknown } | undefined)?.file;
  const textFile = typeof file === "string" ? file : "report.txt";
  const files: ReportFiles = {
    meta,
    text: read(textFile, readUtf8) ?? "",
    annotations: read("annotations.json", parseJson),
    facts: read("facts.json", parseJson),
  };
  if (problems.length > 0) files.problems = problems;
  files.folder = name;
  return files;
}

class FileProblem extends Error {}

// Bytes that are not UTF-8 would silently become U+FFFD and then be quoted: refuse the file instead.
function readUtf8(path: string, shown: string): string {
  const data = readBounded(path, shown);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    throw new FileProblem(`${shown}: not valid UTF-8 text`);
  }
}

// A file far larger than any real one is refused before it is read (a 50 MB report.txt once
// took minutes to load).
function readBounded(path: string, shown: string): Buffer {
  const size = statSync(path).size;
  if (size > FILE_MAX_BYTES) {
    throw new FileProblem(
      `${shown}: the file is ${formatBytes(size)}; the limit for a knowledge file is ${formatBytes(FILE_MAX_BYTES)}`,
    );
  }
  return readFileSync(path);
}

function parseJson(path: string, shown: string): unknown {
  const text = readBounded(path, shown).toString("utf8");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new FileProblem(`${shown}: not valid JSON (${(error as Error).message})`);
  }
}
