// Filesystem steps of the knowledge store. Every save replaces the whole reports/ folder with one
// directory swap, guarded by a journal, so that a crash at any point (power loss, SIGKILL) leaves
// reports/ holding either the old version or the new one, complete, and never a mix:
//
//   1. the journal .staging/save.json is created exclusively (it is also the lock: one save at a time)
//   2. the new reports/ is built beside it (upload: .staging/new-<id>; rollback: a snapshot's reports/)
//   3. reports/ is renamed to .staging/old-<id>, the new folder renamed to reports/
//   4. the old folder and the journal are removed
//
// The only moment reports/ does not exist is between the two renames of step 3. Whoever next
// opens the folder (any process; see recoverSave) and finds the journal of a save whose process
// is gone completes or undoes it from what is on disk. Readers never see half a swap: they check
// that reports/ is the same folder before and after reading it (readReportsConsistently).
//
// Every write goes through a StoreFs, so tests can crash a save at any step.
import { randomBytes } from "node:crypto";
import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";

/** Working folder (outside reports/, so no loader ever reads it) for the journal, staged and old folders. */
export const STAGING_DIR = ".staging";
export const VERSIONS_DIR = ".versions";
export const MAX_SNAPSHOTS = 10;
export const REPORTS_DIR = "reports";
/** The journal of the save in progress; it exists exactly as long as a save does. */
const JOURNAL_FILE = "save.json";
/** A journal from another machine (shared volume) older than this belongs to a save that died. */
const STALE_SAVE_MS = 60_000;

const SNAPSHOT_NAME = /^\d{4}-\d{2}-\d{2}T[\w-]+$/;

/**
 * Every change the store makes on disk, one step per call. The default is node:fs; tests pass a
 * wrapper that counts the steps and crashes the process at a chosen one.
 */
export interface StoreFs {
  /** mkdir -p */
  mkdir(path: string): void;
  /** Creates a new file (never overwrites) with this content, and fsyncs it. */
  writeFile(path: string, data: Buffer): void;
  rename(from: string, to: string): void;
  /** A hard link; fails with EEXIST if `path` exists (the journal's exclusive create). */
  link(existing: string, path: string): void;
  /** rm -rf; no error if it does not exist. */
  remove(path: string): void;
  /** fsync a folder so renames inside it survive a power loss; a no-op where unsupported. */
  fsyncDir(path: string): void;
}

export const nodeStoreFs: StoreFs = {
  mkdir: (path) => void mkdirSync(path, { recursive: true }),
  writeFile(path, data) {
    const fd = openSync(path, "wx");
    try {
      let off = 0;
      while (off < data.length) off += writeSync(fd, data, off, data.length - off);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  },
  rename: (from, to) => renameSync(from, to),
  link: (existing, path) => linkSync(existing, path),
  remove: (path) => rmSync(path, { recursive: true, force: true }),
  fsyncDir(path) {
    let fd: number | undefined;
    try {
      fd = openSync(path, "r");
      fsyncSync(fd);
    } catch {
      // Windows cannot open a folder for fsync; the rename itself is still atomic there.
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  },
};

const tempSuffix = () => `${process.pid}-${randomBytes(6).toString("hex")}`;

/** Copies a folder tree (regular files and folders) through `fs`. */
export function copyTree(fs: StoreFs, from: string, to: string): void {
  fs.mkdir(to);
  for (const d of readdirSync(from, { withFileTypes: true })) {
    if (d.isDirectory()) copyTree(fs, join(from, d.name), join(to, d.name));
    else if (d.isFile()) fs.writeFile(join(to, d.name), readFileSync(join(from, d.name)));
  }
}

// ---- the journal ---------------------------------------------------------------------------------

/** Paths in a journal are relative to the knowledge root. */
export type Journal = {
  id: string;
  action: string;
  pid: number;
  host: string;
  startedAt: number;
  /** Where reports/ goes during the swap. */
  old: string;
  /** The complete new reports/ folder, renamed into place by the swap. */
  replacement: string;
  /**
   * When neither `old` nor `replacement` exists any more, the swap either completed or never
   * started; it completed if this path exists (a rollback's replacement always exists before the
   * swap, so it needs none).
   */
  proof?: string;
  /**
   * Removed, in this order, if the save is undone (the snapshot it took, then its staged copy: the
   * proof goes first, so a recovery cut short is never mistaken for a completed swap).
   */
  removeIfUndone: string[];
  /** Removed once the new version is in place (a restored snapshot's folder). */
  removeIfDone: string[];
};

export class SaveInProgressError extends Error {
  constructor(readonly journal: Journal | undefined) {
    super(
      journal
        ? `another save (${journal.action}, process ${journal.pid} on ${journal.host}) is in progress; try again`
        : "another save is in progress; try again",
    );
    this.name = "SaveInProgressError";
  }
}

const journalPath = (root: string) => join(root, STAGING_DIR, JOURNAL_FILE);

export function newJournal(
  action: string,
  fields: Pick<Journal, "proof" | "removeIfUndone" | "removeIfDone"> & { replacement?: string },
  id = tempSuffix(),
): Journal {
  return {
    id,
    action,
    pid: process.pid,
    host: hostname(),
    startedAt: Date.now(),
    old: join(STAGING_DIR, `old-${id}`),
    replacement: fields.replacement ?? join(STAGING_DIR, `new-${id}`),
    ...(fields.proof !== undefined ? { proof: fields.proof } : {}),
    removeIfUndone: fields.removeIfUndone,
    removeIfDone: fields.removeIfDone,
  };
}

type JournalState = { journal: Journal | undefined; mtimeMs: number } | undefined;

function readJournal(root: string): JournalState {
  const path = journalPath(root);
  let text: string;
  let mtimeMs: number;
  try {
    mtimeMs = statSync(path).mtimeMs;
    text = readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
  try {
    return { journal: JSON.parse(text) as Journal, mtimeMs };
  } catch {
    return { journal: undefined, mtimeMs };
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Whether the save that wrote this journal can no longer be running. Saves are synchronous, so a
 * journal of this very process is always left over from a failed one.
 */
function isStale(state: NonNullable<JournalState>, now = Date.now()): boolean {
  const j = state.journal;
  if (!j) return now - state.mtimeMs > STALE_SAVE_MS;
  if (j.host === hostname())
    return j.pid === process.pid || !processAlive(j.pid) || now - j.startedAt > STALE_SAVE_MS;
  return now - j.startedAt > STALE_SAVE_MS;
}

/**
 * Takes the save lock by creating the journal exclusively (written in full under a temp name,
 * then hard-linked into place). A journal left by a save that died is recovered first.
 */
export function beginSave(root: string, fs: StoreFs, journal: Journal): void {
  recoverSave(root, fs);
  const staging = join(root, STAGING_DIR);
  fs.mkdir(staging);
  const temp = join(staging, `.${JOURNAL_FILE}.${journal.id}.tmp`);
  fs.writeFile(temp, Buffer.from(`${JSON.stringify(journal, null, 2)}\n`, "utf8"));
  try {
    fs.link(temp, journalPath(root));
  } catch (error) {
    fs.remove(temp);
    // EEXIST: another save holds the lock. ENOENT: one that took it meanwhile cleared our temp away.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST" || code === "ENOENT") throw new SaveInProgressError(readJournal(root)?.journal);
    throw error;
  }
  fs.remove(temp);
  fs.fsyncDir(staging);
  removeLeftovers(root, fs);
}

/** Under the lock nothing else is saving: whatever lies in the working folders is from saves that died. */
function removeLeftovers(root: string, fs: StoreFs): void {
  const staging = join(root, STAGING_DIR);
  for (const name of readdirSync(staging)) if (name !== JOURNAL_FILE) fs.remove(join(staging, name));
  const versions = join(root, VERSIONS_DIR);
  if (existsSync(versions)) {
    for (const d of readdirSync(versions, { withFileTypes: true })) {
      const path = join(versions, d.name);
      // Half-copied snapshots (hidden temps) and restored ones whose removal was cut short.
      if (
        d.name.startsWith(".") ||
        (d.isDirectory() && SNAPSHOT_NAME.test(d.name) && !existsSync(join(path, REPORTS_DIR)))
      )
        fs.remove(path);
    }
  }
}

/**
 * The swap: reports/ goes to the journal's `old`, the replacement comes in. If the second rename
 * fails, the old folder goes back. After a crash between the two, recoverSave puts it back.
 */
export function swapReports(root: string, fs: StoreFs, journal: Journal): void {
  const reports = join(root, REPORTS_DIR);
  fs.rename(reports, join(root, journal.old));
  try {
    fs.rename(join(root, journal.replacement), reports);
  } catch (error) {
    fs.rename(join(root, journal.old), reports);
    throw error;
  }
}

/** After the swap: made durable; the old folder and whatever the new version no longer needs go; then the journal. */
export function finishSave(root: string, fs: StoreFs, journal: Journal): void {
  fs.fsyncDir(root);
  fs.remove(join(root, journal.old));
  for (const p of journal.removeIfDone) fs.remove(join(root, p));
  fs.remove(journalPath(root));
}

/**
 * A save that failed before or during the swap: settled like a crashed one (reports/ restored if
 * needed, leftovers removed). Returns "new" if the swap had in fact completed.
 */
export function undoSave(root: string, fs: StoreFs, journal: Journal): "old" | "new" {
  const outcome = settle(root, fs, journal);
  if (!existsSync(join(root, REPORTS_DIR))) throw new Error("could not undo the save: reports/ is missing");
  fs.remove(journalPath(root));
  return outcome;
}

type Recovery = { action: string; outcome: "old" | "new" } | undefined;

/**
 * Completes or undoes a save whose process is gone, from what is on disk. Returns what it did,
 * undefined if there was nothing to recover. Throws SaveInProgressError if a live save holds the
 * journal. Safe to run from several processes at once: every step is idempotent, and the only
 * step that touches reports/ restores it when it is missing.
 */
function recoverSave(root: string, fs: StoreFs, force = false): Recovery {
  const state = readJournal(root);
  if (!state) return undefined;
  if (!force && !isStale(state)) throw new SaveInProgressError(state.journal);
  const j = state.journal;
  if (!j) {
    // A journal cut short while being written: its save had not changed anything yet.
    fs.remove(journalPath(root));
    return undefined;
  }
  const outcome = settle(root, fs, j);
  fs.remove(journalPath(root));
  return { action: j.action, outcome };
}

/**
 * Brings the folder to a complete version, old or new, and removes what that version does not
 * need. Three states are possible after a save stopped anywhere: reports/ missing (cut between
 * the swap's two renames: the old folder goes back), the swap completed (keep the new version),
 * or it never started (keep the old one). Each step is idempotent, so a recovery cut short can run again.
 */
function settle(root: string, fs: StoreFs, j: Journal): "old" | "new" {
  const at = (p: string) => join(root, p);
  if (!existsSync(at(REPORTS_DIR))) {
    putOldBack(root, fs, j);
    return keepOld(root, fs, j);
  }
  return swapCompleted(root, j) ? keepNew(root, fs, j) : keepOld(root, fs, j);
}

/** Cut between the two renames of the swap: the old folder goes back (another recovery may have done it). */
function putOldBack(root: string, fs: StoreFs, j: Journal): void {
  const reports = join(root, REPORTS_DIR);
  try {
    fs.rename(join(root, j.old), reports);
  } catch (error) {
    if (!existsSync(reports)) throw error;
  }
  fs.fsyncDir(root);
}

/**
 * With reports/ in place: the swap completed if the old folder is still beside it, or if the
 * replacement is gone and the journal's proof exists (see Journal.proof); otherwise it never started.
 */
function swapCompleted(root: string, j: Journal): boolean {
  const at = (p: string) => join(root, p);
  return (
    existsSync(at(j.old)) ||
    (!existsSync(at(j.replacement)) && (j.proof === undefined || existsSync(at(j.proof))))
  );
}

function keepNew(root: string, fs: StoreFs, j: Journal): "new" {
  fs.remove(join(root, j.old));
  for (const p of j.removeIfDone) fs.remove(join(root, p));
  return "new";
}

function keepOld(root: string, fs: StoreFs, j: Journal): "old" {
  for (const p of j.removeIfUndone) fs.remove(join(root, p));
  return "old";
}

// ---- reading ------------------------------------------------------------------------------------

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Reads reports/ with `read` so that the result is one version: a save of another process in
 * progress is waited for (up to `waitMs`), one that died is recovered, and a read during which
 * reports/ was swapped is repeated.
 */
export function readReportsConsistently<T>(root: string, fs: StoreFs, read: () => T, waitMs: number): T {
  const deadline = Date.now() + waitMs;
  const ino = () => {
    try {
      return statSync(join(root, REPORTS_DIR)).ino;
    } catch {
      return undefined;
    }
  };
  for (;;) {
    try {
      recoverSave(root, fs);
    } catch (error) {
      if (!(error instanceof SaveInProgressError)) throw error;
    }
    const before = ino();
    if (before === undefined && readJournal(root) !== undefined) {
      if (Date.now() < deadline) {
        sleep(10);
        continue;
      }
      // reports/ is missing only between the two renames of a swap, for microseconds in a live
      // save: a save still there after the wait (e.g. of a crashed container whose process id
      // this machine cannot check) is dead. Putting the old folder back is safe even if it is not:
      // its second rename then fails and it undoes itself.
      recoverSave(root, fs, true);
      continue;
    }
    const result = read();
    const after = ino();
    if (before === after) return result;
    if (Date.now() >= deadline)
      throw new Error("the knowledge folder kept changing while it was being read; try again");
    sleep(10);
  }
}

// ---- snapshots ----------------------------------------------------------------------------------

export type Snapshot = { name: string; path: string };

/** Snapshots, oldest first (names start with a sortable timestamp). */
export function listSnapshots(root: string): Snapshot[] {
  const dir = join(root, VERSIONS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter(
      (d) => d.isDirectory() && SNAPSHOT_NAME.test(d.name) && existsSync(join(dir, d.name, REPORTS_DIR)),
    )
    .map((d) => ({ name: d.name, path: join(dir, d.name) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** A free snapshot name for `version` at `now`. */
export function snapshotName(root: string, version: string, now = new Date()): string {
  const dir = join(root, VERSIONS_DIR);
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  let name = `${stamp}-${version}`;
  for (let n = 2; existsSync(join(dir, name)); n++) name = `${stamp}-${version}-${n}`;
  return name;
}

/** Copies <root>/reports to <root>/.versions/<name>/reports (under a hidden temp name, then renamed into place). */
export function createSnapshot(root: string, fs: StoreFs, name: string, id: string): Snapshot {
  const dir = join(root, VERSIONS_DIR);
  fs.mkdir(dir);
  const temp = join(dir, snapshotTemp(name, id));
  copyTree(fs, join(root, REPORTS_DIR), join(temp, REPORTS_DIR));
  fs.rename(temp, join(dir, name));
  fs.fsyncDir(dir);
  return { name, path: join(dir, name) };
}

export const snapshotTemp = (name: string, id: string) => `.${name}-${id}`;

/** Keeps the newest `keep` snapshots. */
export function pruneSnapshots(root: string, fs: StoreFs, keep = MAX_SNAPSHOTS): void {
  const all = listSnapshots(root);
  for (const s of all.slice(0, Math.max(0, all.length - keep))) fs.remove(s.path);
}
