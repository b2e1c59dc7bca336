// Filesystem steps of the knowledge store: atomic file writes, snapshots of reports/ and the
// directory swaps that restore one. Every step either completes or leaves the target as it was.
import { randomBytes } from "node:crypto";
import {
  closeSync, cpSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";

/** Working folder (outside reports/, so no loader ever reads it) for staged copies and trash. */
export const STAGING_DIR = ".staging";
export const VERSIONS_DIR = ".versions";
export const MAX_SNAPSHOTS = 10;

const SNAPSHOT_NAME = /^\d{4}-\d{2}-\d{2}T[\w-]+$/;

export const tempSuffix = () => `${process.pid}-${randomBytes(6).toString("hex")}`;

/** fsync a folder so a rename inside it survives a crash; not every platform allows it. */
export function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, "r");
    fsyncSync(fd);
  } catch {
    // Windows cannot open a directory for fsync; the rename itself is still atomic there.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes content to a temp name beside the target and fsyncs it; returns the temp path. */
export function writeTemp(target: string, content: string): string {
  const temp = join(dirname(target), `.${basename(target)}.${tempSuffix()}.tmp`);
  const fd = openSync(temp, "wx");
  try {
    const bytes = Buffer.from(content, "utf8");
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  return temp;
}

/**
 * Writes several files into one folder: all are written and fsynced under temp names first,
 * then renamed over their targets one after another, then the stale files are removed.
 */
export function writeFilesAtomic(folder: string, files: { name: string; content: string }[], remove: string[] = []): void {
  const temps: { temp: string; target: string }[] = [];
  try {
    for (const f of files) temps.push({ temp: writeTemp(join(folder, f.name), f.content), target: join(folder, f.name) });
  } catch (error) {
    for (const t of temps) rmSync(t.temp, { force: true });
    throw error;
  }
  for (const t of temps) renameSync(t.temp, t.target);
  for (const name of remove) rmSync(join(folder, name), { force: true });
  fsyncDir(folder);
}

/** Builds a new folder under a temp name in staging, then renames it into place. */
export function createFolderAtomic(root: string, target: string, files: { name: string; content: string }[]): void {
  if (existsSync(target)) throw new Error(`${target} already exists`);
  const staging = join(root, STAGING_DIR);
  mkdirSync(staging, { recursive: true });
  const temp = join(staging, `${basename(target)}-${tempSuffix()}`);
  mkdirSync(temp);
  try {
    writeFilesAtomic(temp, files);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  fsyncDir(dirname(target));
}

export type Snapshot = { name: string; path: string };

/** Snapshots, oldest first (names start with a sortable timestamp). */
export function listSnapshots(root: string): Snapshot[] {
  const dir = join(root, VERSIONS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && SNAPSHOT_NAME.test(d.name) && existsSync(join(dir, d.name, "reports")))
    .map((d) => ({ name: d.name, path: join(dir, d.name) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Copies <root>/reports to <root>/.versions/<timestamp>-<version>/reports (staged, then renamed into place). */
export function createSnapshot(root: string, version: string, now = new Date()): Snapshot {
  const dir = join(root, VERSIONS_DIR);
  mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  let name = `${stamp}-${version}`;
  for (let n = 2; existsSync(join(dir, name)); n++) name = `${stamp}-${version}-${n}`;
  const temp = join(dir, `.${name}-${tempSuffix()}`);
  try {
    cpSync(join(root, "reports"), join(temp, "reports"), { recursive: true });
    renameSync(temp, join(dir, name));
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  fsyncDir(dir);
  return { name, path: join(dir, name) };
}

/** Keeps the newest `keep` snapshots. */
export function pruneSnapshots(root: string, keep = MAX_SNAPSHOTS): void {
  const all = listSnapshots(root);
  for (const s of all.slice(0, Math.max(0, all.length - keep))) rmSync(s.path, { recursive: true, force: true });
}

/**
 * Puts `replacement` in place of `target`: the current folder is renamed away, the replacement
 * renamed in, and the old one deleted. If the second rename fails the old folder goes back.
 */
export function swapFolder(root: string, target: string, replacement: string): void {
  const staging = join(root, STAGING_DIR);
  mkdirSync(staging, { recursive: true });
  const old = join(staging, `old-${basename(target)}-${tempSuffix()}`);
  renameSync(target, old);
  try {
    renameSync(replacement, target);
  } catch (error) {
    renameSync(old, target);
    throw error;
  }
  fsyncDir(dirname(target));
  rmSync(old, { recursive: true, force: true });
}
