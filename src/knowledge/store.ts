// The live knowledge of a running bot: one engine, swapped only for knowledge that has been
// fully built and validated. Uploads are checked in memory first and written to disk only when
// the whole candidate knowledge loads without a single violation; every change is preceded by
// a snapshot of reports/ so it can be rolled back. Every save replaces reports/ as a whole with
// one journaled directory swap (store/files.ts), so a crash at any point leaves the old version
// or the new one, complete. No Discord code here: surfaces call this.
//
// New knowledge is built on a worker thread (build-off-thread.ts), so reload, upload and rollback
// are asynchronous and the process keeps answering while they run; they run one at a time. Only
// open() builds on the calling thread: at start-up there is nothing to answer yet.
import { join, relative, resolve } from "node:path";
import { loadGlossary, type Glossary } from "./glossary.js";
import { buildKnowledgeOffThread } from "./build-off-thread.js";
import {
  buildKnowledge,
  KnowledgeError,
  knowledgeVersion,
  readReportFiles,
  readReportFolders,
  type KnowledgeBase,
  type KnowledgeWarning,
  type ReportFiles,
  type SkippedReport,
} from "./load.js";
import { curatedSummary, describeCurated, type CuratedSummary } from "./store/curated.js";
import { diffKnowledge, type RefreshDiff } from "./store/diff.js";
import {
  beginSave,
  copyTree,
  createSnapshot,
  finishSave,
  listSnapshots,
  MAX_SNAPSHOTS,
  newJournal,
  nodeStoreFs,
  pruneSnapshots,
  readReportsConsistently,
  REPORTS_DIR,
  snapshotName,
  snapshotTemp,
  swapReports,
  undoSave,
  VERSIONS_DIR,
  type Journal,
  type StoreFs,
} from "./store/files.js";
import { planUpload, type Folder, type Plan as UploadPlan } from "./store/plan.js";
import { duplicateReports, reportChanges, type ReportChanges } from "./store/reports.js";
import { parseUpload, type Upload } from "./store/upload.js";

export { UPLOAD_MAX_BYTES, UPLOAD_CONTENT_TYPES, type Upload } from "./store/upload.js";
export {
  MAX_SNAPSHOTS,
  STAGING_DIR,
  VERSIONS_DIR,
  SaveInProgressError,
  nodeStoreFs,
  type StoreFs,
} from "./store/files.js";
export type { CountDiff, RefreshDiff } from "./store/diff.js";
export type { ReportChange, ReportChanges, ReportRef } from "./store/reports.js";
export type { KnowledgeWarning, SkippedReport } from "./load.js";
export type { Glossary } from "./glossary.js";

/**
 * Makes the engine that answers from built knowledge. Passed in by whoever opens the store (the
 * app, the CLI, scripts, tests): the knowledge layer builds and checks knowledge, and knows
 * nothing of how questions are answered.
 */
export type EngineFactory<E> = (kb: KnowledgeBase, glossary: Glossary) => E;

/** At most this many problems are listed in one result; the rest are counted. */
export const MAX_REPORTED_ERRORS = 50;
export const NO_SNAPSHOT_ERROR = "no earlier version to roll back to";

export type RefreshAction = "reload" | "upload" | "rollback";
export type RefreshResult =
  | {
      ok: true;
      action: RefreshAction;
      version: string;
      previousVersion: string;
      diff: RefreshDiff;
      /** Files written (relative to the knowledge folder); none when nothing changed. */
      saved: string[];
      /** False when the knowledge is exactly what was loaded: nothing was written, no snapshot taken. */
      changed: boolean;
      /** What a moderator should know beyond the diff (curated data kept or removed). */
      notes: string[];
      /** Each report added, changed or removed, by name, with its new figures, audit and unlabelled figures. */
      reports: ReportChanges;
      /** Reports on disk that are not served, with the reasons (the bot says so at start and in /refresh). */
      skippedReports: SkippedReport[];
      /** Warnings about served reports (e.g. loaded as one section: no headings found). */
      warnings: KnowledgeWarning[];
    }
  | { ok: false; action: RefreshAction; errors: string[] };

// A reload that finds the folder unreadable or invalid keeps serving: said the same way each time.
const RELOAD_INVALID = "the knowledge folder on disk is not valid; still serving the loaded version";

export const NOTHING_CHANGED_NOTE =
  "nothing changed: the upload is identical to the loaded knowledge; no file was written and no snapshot taken";

export type StoreOptions<E> = {
  /** Makes the engine for each version of the knowledge (answering/engine.ts's createEngine). */
  createEngine: EngineFactory<E>;
  /** Called when an onChange listener throws; the swap itself has already happened. */
  onListenerError?: (error: unknown) => void;
  /** Every write of a save goes through this (default: node:fs); tests inject faults here. */
  fs?: StoreFs;
  /**
   * Builds knowledge from raw files for reload, upload and rollback (default: on a worker
   * thread). A process that only saves and exits, such as the crash tests' child, may build in
   * place with buildKnowledge.
   */
  build?: (files: ReportFiles[]) => KnowledgeBase | Promise<KnowledgeBase>;
};

/** How long open() waits for another process's save to finish before reading anyway. */
const OPEN_WAIT_MS = 5_000;
/** How long reload() waits for it. */
const RELOAD_WAIT_MS = 1_000;

export class KnowledgeStore<E = unknown> {
  #engine: E;
  /** The knowledge #engine was made from. */
  #kb: KnowledgeBase;
  #glossary: Glossary;
  /** The folder under reports/ of each loaded report, by id: a reload must not lose one to a mistake on disk. */
  #folders: Map<string, string | undefined>;
  /** The curated annotations of the loaded version, by report id: a reload must not lose them unnoticed. */
  #curated: Map<string, CuratedSummary>;
  readonly #listeners = new Set<(version: string) => void>();
  /** The operation running now; the next one waits for it. */
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly dir: string,
    kb: KnowledgeBase,
    glossary: Glossary,
    files: ReportFiles[],
    private readonly options: StoreOptions<E>,
  ) {
    this.#kb = kb;
    this.#engine = options.createEngine(kb, glossary);
    this.#glossary = glossary;
    this.#curated = curatedOf(files);
    this.#folders = foldersOf(files, kb);
  }

  /**
   * Loads the knowledge folder; throws KnowledgeError if anything in it is invalid. A save that
   * was cut short (the process died) is completed or undone first.
   */
  static open<E>(dir: string, options: StoreOptions<E>): KnowledgeStore<E> {
    const root = resolve(dir);
    const glossary = readGlossary(root);
    const files = readReportsConsistently(
      root,
      options.fs ?? nodeStoreFs,
      () => readReportFiles(root),
      OPEN_WAIT_MS,
    );
    return new KnowledgeStore(root, buildKnowledge(files), glossary, files, options);
  }

  get #fs(): StoreFs {
    return this.options.fs ?? nodeStoreFs;
  }

  #build(files: ReportFiles[]): Promise<KnowledgeBase> {
    const build = this.options.build ?? buildKnowledgeOffThread;
    return Promise.resolve().then(() => build(files));
  }

  get engine(): E {
    return this.#engine;
  }

  /** The knowledge the engine answers from. */
  get kb(): KnowledgeBase {
    return this.#kb;
  }

  get version(): string {
    return this.#kb.version;
  }

  /** Reports on disk that are not served, and why: for the start-up log and message. */
  get skippedReports(): SkippedReport[] {
    return this.#kb.skippedReports ?? [];
  }

  get warnings(): KnowledgeWarning[] {
    return this.#kb.warnings ?? [];
  }

  /** Runs after every successful swap with the new version; returns an unsubscribe function. */
  onChange(listener: (version: string) => void): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /** Runs `op` after every operation started before it: one reload, upload or rollback at a time. */
  #exclusive(op: () => Promise<RefreshResult>): Promise<RefreshResult> {
    const run = this.#queue.then(op);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Re-reads the folder (another shard or process may have saved); keeps the old engine if it is
   * invalid, or if it lost the curated annotations of a loaded report (a deleted annotations.json:
   * dropping them on purpose is done by writing an empty one).
   */
  reload(): Promise<RefreshResult> {
    return this.#exclusive(async () => {
      let files: ReportFiles[];
      let glossary: Glossary;
      let kb: KnowledgeBase;
      try {
        files = readReportsConsistently(this.dir, this.#fs, () => readReportFiles(this.dir), RELOAD_WAIT_MS);
        glossary = readGlossary(this.dir);
      } catch (error) {
        return failure("reload", [RELOAD_INVALID, ...errorsOf(error)]);
      }
      const sameGlossary = JSON.stringify(glossary) === JSON.stringify(this.#glossary);
      // Most reloads (another shard's broadcast, a touched file) find what is loaded: the version
      // is a hash of the files, so that needs no build.
      if (sameGlossary && knowledgeVersion(files) === this.version)
        return this.#result("reload", this.#kb, [], [], false);
      const lost = this.#lostCuration(files);
      if (lost.length > 0) return failure("reload", [...lost, "still serving the loaded version"]);
      try {
        kb = await this.#build(files);
      } catch (error) {
        return failure("reload", [RELOAD_INVALID, ...errorsOf(error)]);
      }
      const lostReports = this.#lostReports(kb);
      if (lostReports.length > 0) return failure("reload", [RELOAD_INVALID, ...lostReports]);
      if (sameGlossary && kb.version === this.version) return this.#result("reload", this.#kb, [], [], false);
      const served = this.#serve(
        "reload",
        kb,
        glossary,
        "the new knowledge could not be served; still serving the loaded version",
      );
      if ("failed" in served) return served.failed;
      return this.#swap("reload", [kb, served.engine], glossary, files, [], []);
    });
  }

  /**
   * The problems of each loaded report that `kb` skips: a report served now is not dropped
   * because of a mistake on disk (one deleted from disk is removed, as asked). A new report that
   * does not load is only listed as skipped.
   */
  #lostReports(kb: KnowledgeBase): string[] {
    const served = new Set(kb.reports.map((r) => r.meta.id));
    return [...this.#folders].flatMap(([id, folder]) => {
      if (served.has(id)) return [];
      const skipped = kb.skippedReports?.find(
        (s) => s.report === id || (folder !== undefined && s.folder === folder),
      );
      return skipped ? skipped.violations.map((v) => `${v.check}: ${v.message}`) : [];
    });
  }

  /** A message for each loaded report whose curated annotations are gone from `files`. */
  #lostCuration(files: ReportFiles[]): string[] {
    const byId = new Map(files.map((f) => [(f.meta as { id?: unknown } | undefined)?.id, f]));
    return [...this.#curated].flatMap(([id, summary]) => {
      const f = byId.get(id);
      if (!f || f.annotations !== undefined) return [];
      return [
        `annotations.json of report "${id}" is missing on disk: the loaded version has its curated annotations (${describeCurated(summary)}), and answers would lose them. ` +
          "Restore the file; to drop them on purpose, write an annotations.json holding {}",
      ];
    });
  }

  /** Validates an uploaded report bundle or facts file, saves it atomically and swaps the engine. */
  applyUpload(upload: Upload): Promise<RefreshResult> {
    return this.#exclusive(() => this.#applyUpload(upload));
  }

  // The steps, each of which may refuse with nothing changed: parse the upload; read the folder as
  // one version; plan the new folder; build and validate the knowledge it would hold (off thread);
  // refuse it if it drops a loaded report or repeats one unconfirmed; make its engine; then write
  // it (unless the folder holds it already) and swap. The expensive build comes before any write,
  // so a refused upload touches no file.
  async #applyUpload(upload: Upload): Promise<RefreshResult> {
    const parsed = parseUpload(upload);
    if (!parsed.ok) return failure("upload", parsed.errors);

    let folders: Folder[];
    try {
      folders = readReportsConsistently(this.dir, this.#fs, () => readFolders(this.dir), RELOAD_WAIT_MS);
    } catch (error) {
      return failure("upload", [
        "the knowledge folder on disk cannot be read; nothing was changed",
        ...errorsOf(error),
      ]);
    }
    const plan = planUpload(parsed.upload, folders);
    if ("errors" in plan) return failure("upload", plan.errors);

    const files = plan.candidate.map((f) => f.files);
    // The folder holds this already and it is what is loaded: nothing to build, write or snapshot
    // (a snapshot would push an older rollback point out).
    if (plan.unchanged && knowledgeVersion(files) === this.version) {
      return this.#result("upload", this.#kb, [], [NOTHING_CHANGED_NOTE, ...plan.notes], false);
    }
    let kb: KnowledgeBase;
    try {
      kb = await this.#build(files);
    } catch (error) {
      return failure("upload", [...plan.ifInvalid, ...errorsOf(error)]);
    }
    const refused = this.#uploadRefusal(kb, parsed.upload.id, plan.folder, upload.confirmDuplicate === true);
    if (refused.length > 0) return failure("upload", [...plan.ifInvalid, ...refused]);
    const served = this.#serve(
      "upload",
      kb,
      this.#glossary,
      "the new knowledge could not be served; nothing was changed",
    );
    if ("failed" in served) return served.failed;
    const loaded: [KnowledgeBase, E] = [kb, served.engine];
    if (plan.unchanged) {
      // The folder holds this already, but this instance had not loaded it yet.
      return this.#swap(
        "upload",
        loaded,
        this.#glossary,
        files,
        [],
        [
          "the upload matches what is on disk already (saved meanwhile, e.g. by another instance): loaded it; no file was written",
          ...plan.notes,
        ],
      );
    }
    const problem = this.#saveUpload(folders, plan);
    if (problem) return failure("upload", [`could not save the upload; nothing was changed: ${problem}`]);
    return this.#swap("upload", loaded, this.#glossary, files, plan.saved, plan.notes);
  }

  /**
   * Writes a planned upload as one save: a snapshot of reports/ for rollback, then a full copy of
   * reports/ with the plan's files written over it, swapped in. Refused (ChangedError) if the
   * folder changed since it was read for the plan, so no other instance's save is overwritten.
   */
  #saveUpload(folders: Folder[], plan: UploadPlan): string | undefined {
    const { journal: j, snapshot } = uploadJournal(this.dir, this.version);
    return this.#save(j, () => {
      if (JSON.stringify(readFolders(this.dir)) !== JSON.stringify(folders)) throw new ChangedError();
      // The staged folder exists before the snapshot: see Journal.proof.
      this.#fs.mkdir(join(this.dir, j.replacement));
      createSnapshot(this.dir, this.#fs, snapshot, j.id);
      copyTree(this.#fs, join(this.dir, REPORTS_DIR), join(this.dir, j.replacement));
      plan.write(this.#fs, join(this.dir, j.replacement));
    });
  }

  /** The engine for built knowledge, or the failure to report (`refusal`: why) if it cannot be made. */
  #serve(
    action: RefreshAction,
    kb: KnowledgeBase,
    glossary: Glossary,
    refusal: string,
  ): { engine: E } | { failed: RefreshResult } {
    try {
      return { engine: this.options.createEngine(kb, glossary) };
    } catch (error) {
      return { failed: failure(action, [`${refusal}: ${messageOf(error)}`]) };
    }
  }

  /**
   * Why the knowledge built with an upload may not be served: the uploaded report itself did not
   * load (its problems), a loaded report would be lost, or the uploaded report repeats another one
   * (same region, year and text) under another id and the moderator did not confirm it.
   */
  #uploadRefusal(kb: KnowledgeBase, id: string, folder: string, confirmDuplicate: boolean): string[] {
    if (!kb.reports.some((r) => r.meta.id === id)) {
      const skipped = kb.skippedReports?.find((s) => s.report === id || s.folder === folder);
      return skipped
        ? skipped.violations.map((v) => `${v.check}: ${v.message}`)
        : [`report "${id}" did not load`];
    }
    const lost = this.#lostReports(kb);
    if (lost.length > 0) return lost;
    if (confirmDuplicate) return [];
    const duplicate = duplicateReports(kb.reports).find((d) => (d.report.id === id) !== (d.of.id === id));
    if (!duplicate) return [];
    const other = duplicate.report.id === id ? duplicate.of : duplicate.report;
    return [
      `report "${id}" repeats report "${other.id}" (${other.title}, ${other.region} ${other.year}): the same region, year and text. ` +
        `Nothing was changed; to replace "${other.id}", upload with its id; to keep both, upload again with the duplicate confirmed`,
    ];
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
    const problem = this.#replaceReports(j, prepare);
    if (problem !== undefined) return problem;
    this.#tidyAfterSave(j);
    return undefined;
  }

  /**
   * The locked part of a save: `prepare`, then the swap. On a failure the save is undone and its
   * message returned, unless the undo finds the swap had completed (only what came after it
   * failed): then the new version stands and this returns undefined.
   */
  #replaceReports(j: Journal, prepare: () => void): string | undefined {
    try {
      prepare();
      swapReports(this.dir, this.#fs, j);
      return undefined;
    } catch (error) {
      let outcome: ReturnType<typeof undoSave>;
      try {
        outcome = undoSave(this.dir, this.#fs, j);
      } catch (undoError) {
        return `${(error as Error).message}; and then: ${(undoError as Error).message}`;
      }
      return outcome === "old" ? (error as Error).message : undefined;
    }
  }

  /**
   * After the swap the new version is in place: from here on nothing undoes it, and what a failure
   * here leaves over (an old folder, an extra snapshot, the journal) goes at the next save or open.
   */
  #tidyAfterSave(j: Journal): void {
    try {
      pruneSnapshots(this.dir, this.#fs, MAX_SNAPSHOTS);
    } catch {
      // more snapshots than MAX_SNAPSHOTS until the next save
    }
    try {
      finishSave(this.dir, this.#fs, j);
    } catch {
      // the journal and the old folder stay until the next save or open settles them
    }
  }

  /** Restores the latest snapshot of reports/ (validated first) and removes that snapshot. */
  rollback(): Promise<RefreshResult> {
    return this.#exclusive(async () => {
      const latest = listSnapshots(this.dir).at(-1);
      if (!latest) return failure("rollback", [NO_SNAPSHOT_ERROR]);
      let files: ReportFiles[];
      let kb: KnowledgeBase;
      try {
        files = readReportFiles(latest.path);
        kb = await this.#build(files);
      } catch (error) {
        return failure("rollback", [
          `the latest saved version (${latest.name}) is not valid; nothing was changed`,
          ...errorsOf(error),
        ]);
      }
      const served = this.#serve(
        "rollback",
        kb,
        this.#glossary,
        "the saved version could not be served; nothing was changed",
      );
      if ("failed" in served) return served.failed;
      const snapshot = relative(this.dir, latest.path);
      const journal = newJournal("rollback", {
        replacement: join(snapshot, REPORTS_DIR),
        removeIfUndone: [],
        removeIfDone: [snapshot],
      });
      const problem = this.#save(journal, () => {
        if (listSnapshots(this.dir).at(-1)?.name !== latest.name) throw new ChangedError();
      });
      if (problem)
        return failure("rollback", [`could not restore ${latest.name}; nothing was changed: ${problem}`]);
      return this.#swap("rollback", [kb, served.engine], this.#glossary, files, ["reports"], []);
    });
  }

  #swap(
    action: RefreshAction,
    [kb, engine]: [KnowledgeBase, E],
    glossary: Glossary,
    files: ReportFiles[],
    saved: string[],
    notes: string[],
  ): RefreshResult {
    const before = this.#kb;
    this.#engine = engine;
    this.#kb = kb;
    this.#glossary = glossary;
    this.#curated = curatedOf(files);
    this.#folders = foldersOf(files, kb);
    const result = this.#result(action, before, saved, notes, true);
    for (const listener of [...this.#listeners]) {
      try {
        listener(kb.version);
      } catch (error) {
        this.options.onListenerError?.(error);
      }
    }
    return result;
  }

  #result(
    action: RefreshAction,
    before: KnowledgeBase,
    saved: string[],
    notes: string[],
    changed: boolean,
  ): RefreshResult {
    const after = this.#kb;
    return {
      ok: true,
      action,
      version: after.version,
      previousVersion: before.version,
      diff: diffKnowledge(before, after),
      saved,
      changed,
      notes,
      reports: reportChanges(before, after),
      skippedReports: after.skippedReports ?? [],
      warnings: after.warnings ?? [],
    };
  }
}

/** The folder of each report `kb` serves, by id (the first folder naming it: later ones were skipped). */
function foldersOf(files: ReportFiles[], kb: KnowledgeBase): Map<string, string | undefined> {
  const served = new Set(kb.reports.map((r) => r.meta.id));
  const out = new Map<string, string | undefined>();
  for (const f of files) {
    const id = (f.meta as { id?: unknown } | undefined)?.id;
    if (typeof id === "string" && served.has(id) && !out.has(id)) out.set(id, f.folder);
  }
  return out;
}

/** The curated annotations of each report of `files` that has any. */
function curatedOf(files: ReportFiles[]): Map<string, CuratedSummary> {
  const out = new Map<string, CuratedSummary>();
  for (const f of files) {
    const id = (f.meta as { id?: unknown } | undefined)?.id;
    const summary = curatedSummary(f.annotations);
    if (typeof id === "string" && summary) out.set(id, summary);
  }
  return out;
}

/**
 * An upload's journal: if it is undone, its staged folder and the snapshot it took (whole or half
 * copied) go; the snapshot, taken after the staged folder is created, proves the swap happened.
 */
function uploadJournal(dir: string, version: string): { journal: Journal; snapshot: string } {
  const snapshot = snapshotName(dir, version);
  const j = newJournal("upload", { removeIfUndone: [], removeIfDone: [] });
  const path = join(VERSIONS_DIR, snapshot);
  return {
    snapshot,
    journal: {
      ...j,
      proof: path,
      removeIfUndone: [path, join(VERSIONS_DIR, snapshotTemp(snapshot, j.id)), j.replacement],
    },
  };
}

class ChangedError extends Error {
  constructor() {
    super("the knowledge on disk changed meanwhile (another save?); try again");
  }
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

function errorsOf(error: unknown): string[] {
  if (error instanceof KnowledgeError) return error.violations.map((v) => `${v.check}: ${v.message}`);
  return [messageOf(error)];
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function failure(action: RefreshAction, errors: string[]): RefreshResult {
  const shown = errors.slice(0, MAX_REPORTED_ERRORS);
  if (errors.length > shown.length) shown.push(`… and ${errors.length - shown.length} more problem(s)`);
  return { ok: false, action, errors: shown };
}
