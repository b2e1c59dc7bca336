// The live knowledge of a running bot: one engine, swapped only for knowledge that has been
// fully built and validated. Uploads are checked in memory first and written to disk only when
// the whole candidate knowledge loads without a single violation; every change is preceded by
// a snapshot of reports/ so it can be rolled back. Every save replaces reports/ as a whole with
// one journaled directory swap (store/files.ts), so a crash at any point leaves the old version
// or the new one, complete. No Discord code here: surfaces call this.
import { join, relative, resolve } from "node:path";
import { createEngine, type Engine } from "../answering/engine.js";
import { loadGlossary, type Glossary } from "../answering/glossary.js";
import { buildKnowledge, KnowledgeError, readReportFiles, readReportFolders, type KnowledgeBase, type ReportFiles } from "./load.js";
import { diffKnowledge, type RefreshDiff } from "./store/diff.js";
import {
  beginSave, copyTree, createSnapshot, finishSave, listSnapshots, MAX_SNAPSHOTS, newJournal, nodeStoreFs, pruneSnapshots,
  readReportsConsistently, REPORTS_DIR, snapshotName, snapshotTemp, swapReports, undoSave, VERSIONS_DIR,
  type Journal, type StoreFs,
} from "./store/files.js";
import { foreignEntries, isPlainFileName, parseUpload, type ParsedUpload, type Upload } from "./store/upload.js";

export { UPLOAD_MAX_BYTES, UPLOAD_CONTENT_TYPES, type Upload } from "./store/upload.js";
export { MAX_SNAPSHOTS, STAGING_DIR, VERSIONS_DIR, SaveInProgressError, nodeStoreFs, type StoreFs } from "./store/files.js";
export type { CountDiff, RefreshDiff } from "./store/diff.js";

/** At most this many problems are listed in one result; the rest are counted. */
export const MAX_REPORTED_ERRORS = 50;
export const NO_SNAPSHOT_ERROR = "no earlier version to roll back to";

export type RefreshAction = "reload" | "upload" | "rollback";
export type RefreshResult =
  | { ok: true; action: RefreshAction; version: string; previousVersion: string; diff: RefreshDiff; saved: string[] }
  | { ok: false; action: RefreshAction; errors: string[] };

export type StoreOptions = {
  /** Called when an onChange listener throws; the swap itself has already happened. */
  onListenerError?: (error: unknown) => void;
  /** Every write of a save goes through this (default: node:fs); tests inject faults here. */
  fs?: StoreFs;
};

/** How long open() waits for another process's save to finish before reading anyway. */
const OPEN_WAIT_MS = 5_000;
/** How long reload() waits for it. */
const RELOAD_WAIT_MS = 1_000;

/** One report folder on disk: its folder name, its files as the loader reads them, its id if readable. */
type Folder = { name: string; files: ReportFiles; id: string | undefined };

export class KnowledgeStore {
  #engine: Engine;
  #glossary: Glossary;
  readonly #listeners = new Set<(version: string) => void>();

  private constructor(
    readonly dir: string,
    engine: Engine,
    glossary: Glossary,
    private readonly options: StoreOptions,
  ) {
    this.#engine = engine;
    this.#glossary = glossary;
  }

  /**
   * Loads the knowledge folder; throws KnowledgeError if anything in it is invalid. A save that
   * was cut short (the process died) is completed or undone first.
   */
  static open(dir: string, options: StoreOptions = {}): KnowledgeStore {
    const root = resolve(dir);
    const glossary = readGlossary(root);
    const kb = buildKnowledge(readReportsConsistently(root, options.fs ?? nodeStoreFs, () => readReportFiles(root), OPEN_WAIT_MS));
    return new KnowledgeStore(root, createEngine(kb, glossary), glossary, options);
  }

  get #fs(): StoreFs {
    return this.options.fs ?? nodeStoreFs;
  }

  get engine(): Engine {
    return this.#engine;
  }

  get version(): string {
    return this.#engine.kb.version;
  }

  /** Runs after every successful swap with the new version; returns an unsubscribe function. */
  onChange(listener: (version: string) => void): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /** Re-reads the folder (another shard or process may have saved); keeps the old engine if it is invalid. */
  reload(): RefreshResult {
    let kb: KnowledgeBase;
    let glossary: Glossary;
    try {
      kb = buildKnowledge(readReportsConsistently(this.dir, this.#fs, () => readReportFiles(this.dir), RELOAD_WAIT_MS));
      glossary = readGlossary(this.dir);
    } catch (error) {
      return failure("reload", ["the knowledge folder on disk is not valid; still serving the loaded version", ...errorsOf(error)]);
    }
    const unchanged = kb.version === this.version && JSON.stringify(glossary) === JSON.stringify(this.#glossary);
    return unchanged ? this.#result("reload", this.#engine.kb, []) : this.#swap("reload", createEngine(kb, glossary), glossary, []);
  }

  /** Validates an uploaded report bundle or facts file, saves it atomically and swaps the engine. */
  applyUpload(upload: Upload): RefreshResult {
    const parsed = parseUpload(upload);
    if (!parsed.ok) return failure("upload", parsed.errors);

    let folders: Folder[];
    try {
      folders = readReportsConsistently(this.dir, this.#fs, () => readFolders(this.dir), RELOAD_WAIT_MS);
    } catch (error) {
      return failure("upload", ["the knowledge folder on disk cannot be read; nothing was changed", ...errorsOf(error)]);
    }
    const plan = planUpload(parsed.upload, folders);
    if ("errors" in plan) return failure("upload", plan.errors);

    let kb: KnowledgeBase;
    try {
      kb = buildKnowledge(plan.candidate.map((f) => f.files));
    } catch (error) {
      return failure("upload", errorsOf(error));
    }
    const engine = createEngine(kb, this.#glossary);

    const { journal: j, snapshot } = uploadJournal(this.dir, this.version);
    const problem = this.#save(j, () => {
      // Nothing may have changed on disk since the plan was made and checked.
      if (JSON.stringify(readFolders(this.dir)) !== JSON.stringify(folders)) throw new ChangedError();
      // The staged folder exists before the snapshot: see Journal.proof.
      this.#fs.mkdir(join(this.dir, j.replacement));
      createSnapshot(this.dir, this.#fs, snapshot, j.id);
      copyTree(this.#fs, join(this.dir, REPORTS_DIR), join(this.dir, j.replacement));
      plan.write(this.#fs, join(this.dir, j.replacement));
    });
    if (problem) return failure("upload", [`could not save the upload; nothing was changed: ${problem}`]);
    return this.#swap("upload", engine, this.#glossary, plan.saved);
  }

  /**
   * One save: takes the lock (writes the journal), lets `prepare` make the journal's replacement
   * a complete reports/ folder, swaps it in and prunes snapshots. On any error the folder is left
   * as it was. Returns the error's message, or undefined on success.
   */
  #save(j: Journal, prepare: () => void): string | undefined {
    try {
      beginSave(this.dir, this.#fs, j);
    } catch (error) {
      return (error as Error).message;
    }
    try {
      prepare();
      swapReports(this.dir, this.#fs, j);
    } catch (error) {
      let outcome;
      try {
        outcome = undoSave(this.dir, this.#fs, j);
      } catch (undoError) {
        return `${(error as Error).message}; and then: ${(undoError as Error).message}`;
      }
      if (outcome === "old") return (error as Error).message;
      // The swap had completed (only the restore after it failed): the new version stands.
    }
    // The new version is in place: from here on nothing undoes it, and what a failure here
    // leaves over (an old folder, an extra snapshot, the journal) goes at the next save or open.
    try {
      pruneSnapshots(this.dir, this.#fs, MAX_SNAPSHOTS);
    } catch {
      // more snapshots than MAX_SNAPSHOTS until the next save
    }
    try {
      finishSave(this.dir, this.#fs, j);
    } catch {
      // see above
    }
    return undefined;
  }

  /** Restores the latest snapshot of reports/ (validated first) and removes that snapshot. */
  rollback(): RefreshResult {
    const latest = listSnapshots(this.dir).at(-1);
    if (!latest) return failure("rollback", [NO_SNAPSHOT_ERROR]);
    let kb: KnowledgeBase;
    try {
      kb = buildKnowledge(readReportFiles(latest.path));
    } catch (error) {
      return failure("rollback", [`the latest saved version (${latest.name}) is not valid; nothing was changed`, ...errorsOf(error)]);
    }
    const engine = createEngine(kb, this.#glossary);
    const snapshot = relative(this.dir, latest.path);
    const journal = newJournal("rollback", { replacement: join(snapshot, REPORTS_DIR), removeIfUndone: [], removeIfDone: [snapshot] });
    const problem = this.#save(journal, () => {
      if (listSnapshots(this.dir).at(-1)?.name !== latest.name) throw new ChangedError();
    });
    if (problem) return failure("rollback", [`could not restore ${latest.name}; nothing was changed: ${problem}`]);
    return this.#swap("rollback", engine, this.#glossary, ["reports"]);
  }

  #swap(action: RefreshAction, engine: Engine, glossary: Glossary, saved: string[]): RefreshResult {
    const before = this.#engine.kb;
    this.#engine = engine;
    this.#glossary = glossary;
    const result = this.#result(action, before, saved);
    for (const listener of [...this.#listeners]) {
      try {
        listener(engine.kb.version);
      } catch (error) {
        this.options.onListenerError?.(error);
      }
    }
    return result;
  }

  #result(action: RefreshAction, before: KnowledgeBase, saved: string[]): RefreshResult {
    const after = this.#engine.kb;
    return { ok: true, action, version: after.version, previousVersion: before.version, diff: diffKnowledge(before, after), saved };
  }
}

/**
 * An upload's journal: if it is undone, its staged folder and the snapshot it took (whole or half
 * copied) go; the snapshot, taken after the staged folder is created, proves the swap happened.
 */
function uploadJournal(dir: string, version: string): { journal: Journal; snapshot: string } {
  const snapshot = snapshotName(dir, version);
  const j = newJournal("upload", { removeIfUndone: [], removeIfDone: [] });
  const path = join(VERSIONS_DIR, snapshot);
  return { snapshot, journal: { ...j, proof: path, removeIfUndone: [path, join(VERSIONS_DIR, snapshotTemp(snapshot, j.id)), j.replacement] } };
}

class ChangedError extends Error {
  constructor() {
    super("the knowledge on disk changed meanwhile (another save?); try again");
  }
}

/** How an upload changes one report folder of a staged copy of reports/. */
type Plan = { candidate: Folder[]; saved: string[]; write: (fs: StoreFs, reports: string) => void };

/** In folder `name` of `reports`: removes `remove`, then writes `files` (replacing any of the same name). */
function writeFolder(fs: StoreFs, reports: string, name: string, files: { name: string; content: string }[], remove: string[] = []): void {
  const folder = join(reports, name);
  fs.mkdir(folder);
  for (const n of new Set([...remove, ...files.map((f) => f.name)])) fs.remove(join(folder, n));
  for (const f of files) fs.writeFile(join(folder, f.name), Buffer.from(f.content, "utf8"));
}

/** The knowledge as it would be with the upload in place, and how to write it. */
function planUpload(upload: ParsedUpload, folders: Folder[]): Plan | { errors: string[] } {
  const existing = folders.find((f) => f.id === upload.id);
  if (upload.kind === "facts") {
    if (!existing) {
      const known = folders.map((f) => f.id).filter((id): id is string => id !== undefined);
      return { errors: [`report: unknown report id "${upload.id}"; the knowledge has ${known.length ? known.map((k) => `"${k}"`).join(", ") : "no reports"}`] };
    }
    const foreign = foreignEntries(upload.id, upload.entryReports);
    if (foreign.length > 0) return { errors: foreign };
    const files: ReportFiles = { ...existing.files, facts: upload.facts };
    const content = [{ name: "facts.json", content: toJson(upload.facts) }];
    return {
      candidate: replace(folders, { ...existing, files }),
      saved: [`reports/${existing.name}/facts.json`],
      write: (fs, reports) => writeFolder(fs, reports, existing.name, content),
    };
  }

  const name = existing?.name ?? upload.id;
  const clash = folders.find((f) => f.name === name && f !== existing);
  if (clash) return { errors: [`meta.id: the folder reports/${name} already holds report "${clash.id ?? "?"}"`] };
  const files: ReportFiles = { meta: upload.meta, text: upload.text, annotations: upload.annotations, facts: undefined };
  const content = [
    { name: "meta.json", content: toJson(upload.meta) },
    { name: upload.textFile, content: upload.text },
    ...(upload.annotations !== undefined ? [{ name: "annotations.json", content: toJson(upload.annotations) }] : []),
  ];
  const saved = content.map((c) => `reports/${name}/${c.name}`);
  if (!existing) {
    return { candidate: replace(folders, { name, id: upload.id, files }), saved, write: (fs, reports) => writeFolder(fs, reports, name, content) };
  }
  // The bundle is the whole report: files it does not bring (curated facts for the old text,
  // old annotations, a text file under another name) are removed.
  const oldText = (existing.files.meta as { file?: unknown } | undefined)?.file;
  const remove = [
    "facts.json",
    ...(upload.annotations === undefined ? ["annotations.json"] : []),
    ...(typeof oldText === "string" && oldText !== upload.textFile && isPlainFileName(oldText) ? [oldText] : []),
    ...(upload.textFile !== "report.txt" ? ["report.txt"] : []),
  ];
  return {
    candidate: replace(folders, { ...existing, id: upload.id, files }),
    saved,
    write: (fs, reports) => writeFolder(fs, reports, name, content, remove),
  };
}

/** The folders with `folder` in place of the one of the same name (or added), in loader order. */
function replace(folders: Folder[], folder: Folder): Folder[] {
  return [...folders.filter((f) => f.name !== folder.name), folder].sort((a, b) => a.name.localeCompare(b.name));
}

/** The report folders, in the order and with the content the loader reads them (one listing of reports/). */
function readFolders(dir: string): Folder[] {
  return readReportFolders(dir).map(({ name, files }) => {
    const id = (files.meta as { id?: unknown } | undefined)?.id;
    return { name, files, id: typeof id === "string" ? id : undefined };
  });
}

function readGlossary(dir: string): Glossary {
  try {
    return loadGlossary(dir);
  } catch (error) {
    throw new KnowledgeError([{ check: "schema", message: `glossary.zh.json: ${(error as Error).message}` }]);
  }
}

const toJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function errorsOf(error: unknown): string[] {
  if (error instanceof KnowledgeError) return error.violations.map((v) => `${v.check}: ${v.message}`);
  return [error instanceof Error ? error.message : String(error)];
}

function failure(action: RefreshAction, errors: string[]): RefreshResult {
  const shown = errors.slice(0, MAX_REPORTED_ERRORS);
  if (errors.length > shown.length) shown.push(`… and ${errors.length - shown.length} more problem(s)`);
  return { ok: false, action, errors: shown };
}
