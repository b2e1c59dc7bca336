// A saved engine (knowledge + search index, snapshot.ts) reused while nothing it was built from has
// changed, so a terminal question does not clean, extract, validate and index the report each time.
// The key hashes the bytes of every file in the knowledge folder (not their stat: an edit that
// keeps size and mtime still counts), the code that builds the engine and the snapshot format.
// A file is written only if the knowledge did not change while it was built, carries a digest of
// its key and bytes, and anything wrong with it (truncated, flipped bytes, another key, another
// format) makes it a miss that is rebuilt and overwritten: the cache can be slow, never wrong.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Glossary } from "../knowledge/glossary.js";
import type { KnowledgeBase } from "../knowledge/load.js";
import type { Engine } from "./engine.js";
import { engineFromSnapshot, SNAPSHOT_FORMAT, snapshotBytes } from "./snapshot.js";

const DIGEST_BYTES = 32;
/** Snapshots kept in the cache folder (several knowledge folders or versions in turn). */
const KEEP = 4;
const PREFIX = "engine-";
// The bot's start-up engines are kept apart from the terminal's, so neither prunes the other's.
const BOT_PREFIX = "bot-engine-";
const SUFFIX = ".snap";

/** Every file under `dir`, relative and sorted; hidden top-level entries (the store's .versions and .staging) are not knowledge. */
function filesUnder(dir: string, skipHiddenTop: boolean): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const d of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, d.name);
      if (skipHiddenTop && folder === dir && d.name.startsWith(".")) continue;
      if (d.isDirectory()) walk(path);
      else if (d.isFile()) out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

function hashFiles(hash: ReturnType<typeof createHash>, dir: string, files: string[]): void {
  for (const f of files) {
    const bytes = readFileSync(join(dir, f));
    hash.update(`${f}\u0000${bytes.length}\u0000`).update(bytes);
  }
}

/** A hash of the bytes (and names) of every file the knowledge loader could read from `dir`. */
export function knowledgeHash(dir: string): string {
  const hash = createHash("sha256");
  hashFiles(hash, dir, filesUnder(dir, true));
  return hash.digest("hex");
}

// The code that turns knowledge into an engine: this build's whole source tree (src/ under tsx,
// dist/ when compiled) and the locked dependency versions. By name, size and modification time,
// not bytes: every way code changes (an edit, a checkout, a build) writes the file anew, and a
// stat is cheaper than a read on every start.
const CODE_ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
let codeVersionMemo: string | undefined;
export function codeVersion(): string {
  if (codeVersionMemo) return codeVersionMemo;
  const hash = createHash("sha256").update(`format ${SNAPSHOT_FORMAT}\u0000`);
  const lock = join(dirname(CODE_ROOT), "package-lock.json");
  for (const path of [...filesUnder(CODE_ROOT, false).map((f) => join(CODE_ROOT, f)), lock]) {
    try {
      const s = statSync(path);
      hash.update(`${relative(CODE_ROOT, path)}:${s.size}:${s.mtimeMs}\u0000`);
    } catch {
      hash.update(`${relative(CODE_ROOT, path)}:-\u0000`); // no lock file beside this build
    }
  }
  codeVersionMemo = hash.digest("hex");
  return codeVersionMemo;
}

export type CacheOptions = { cacheDir: string; codeVersion?: string };
export type CachedEngine = { engine: Engine; from: "cache" | "knowledge"; note?: string };

const cacheKey = (knowledge: string, code: string) =>
  createHash("sha256").update(`${code}\u0000${knowledge}`).digest("hex");
const seal = (key: string, payload: Buffer) => createHash("sha256").update(key).update(payload).digest();

/**
 * For short-lived commands (the terminal CLI): the engine saved in `cacheDir` when the knowledge
 * is byte-for-byte and the code file-for-file what it was built from, otherwise loaded with every check
 * (load-engine.ts, imported only then: a cached start never loads the extractor) and saved. A
 * long-running bot starts its store with savedEngineAtStart below.
 */
export function loadEngineCached(dir: string, options: CacheOptions): Promise<CachedEngine> {
  return cachedEngine(dir, async () => (await import("./load-engine.js")).loadEngine(dir), options);
}

/** The cached engine for `dir` if one was saved from the same knowledge and code, else `build()` (saved for next time). */
export async function cachedEngine(
  dir: string,
  build: () => Engine | Promise<Engine>,
  options: CacheOptions,
): Promise<CachedEngine> {
  const code = options.codeVersion ?? codeVersion();
  let before: string;
  try {
    before = knowledgeHash(dir);
  } catch {
    // No readable folder: the loader says what is wrong with it.
    return { engine: await build(), from: "knowledge" };
  }
  const key = cacheKey(before, code);
  const file = join(options.cacheDir, `${PREFIX}${key.slice(0, 32)}${SUFFIX}`);
  let note: string | undefined;
  try {
    const bytes = readFileSync(file);
    const payload = bytes.subarray(DIGEST_BYTES);
    if (bytes.length <= DIGEST_BYTES || !seal(key, payload).equals(bytes.subarray(0, DIGEST_BYTES)))
      note = "cache file is damaged; rebuilt";
    else return { engine: engineFromSnapshot(payload), from: "cache" };
  } catch (error) {
    note =
      (error as NodeJS.ErrnoException).code === "ENOENT"
        ? undefined
        : `cache file unreadable (${(error as Error).message}); rebuilt`;
  }
  const engine = await build();
  // Knowledge that moved while it was loaded may not match `before`: not saved under that key.
  if (unchangedSince(dir, before)) save(file, key, engine, options.cacheDir);
  return note ? { engine, from: "knowledge", note } : { engine, from: "knowledge" };
}

function unchangedSince(dir: string, before: string): boolean {
  try {
    return knowledgeHash(dir) === before;
  } catch {
    return false; // removed or unreadable meanwhile
  }
}

/**
 * The knowledge store's engine factory for a long-running bot: at start, the engine saved for this
 * knowledge (its files' content, `kb.version`, and the glossary) and this code comes from `cacheDir`,
 * so a large knowledge folder does not build its search index again (the store has still loaded and
 * checked the files); whatever it builds at start is saved for the next start. Later builds
 * (reloads, uploads) go straight to `build`: they are new knowledge.
 */
export function savedEngineAtStart(
  cacheDir: string,
  build: (kb: KnowledgeBase, glossary: Glossary) => Engine,
  code: () => string = codeVersion,
): (kb: KnowledgeBase, glossary: Glossary) => Engine {
  let started = false;
  return (kb, glossary) => {
    if (started) return build(kb, glossary);
    started = true;
    const key = cacheKey(`${kb.version}\u0000${JSON.stringify(glossary.terms)}`, code());
    const file = join(cacheDir, `${BOT_PREFIX}${key.slice(0, 32)}${SUFFIX}`);
    const saved = readSealed(file, key);
    if (saved) return engineFromSnapshot(saved);
    const engine = build(kb, glossary);
    save(file, key, engine, cacheDir, BOT_PREFIX);
    return engine;
  };
}

// The payload of a cache file whose seal matches `key`; undefined for a missing or damaged one.
function readSealed(file: string, key: string): Buffer | undefined {
  try {
    const bytes = readFileSync(file);
    const payload = bytes.subarray(DIGEST_BYTES);
    return bytes.length > DIGEST_BYTES && seal(key, payload).equals(bytes.subarray(0, DIGEST_BYTES))
      ? payload
      : undefined;
  } catch {
    return undefined;
  }
}

function save(file: string, key: string, engine: Engine, cacheDir: string, prefix = PREFIX): void {
  try {
    mkdirSync(cacheDir, { recursive: true });
    const payload = snapshotBytes(engine);
    const tmp = `${file}.tmp-${process.pid}`;
    try {
      writeFileSync(tmp, Buffer.concat([seal(key, payload), payload]));
      renameSync(tmp, file);
    } finally {
      rmSync(tmp, { force: true });
    }
    prune(cacheDir, prefix);
  } catch {
    // A read-only or full disk: the next run builds again, nothing else is lost.
  }
}

// The newest KEEP snapshots stay; the rest (older knowledge or code) go.
function prune(cacheDir: string, prefix: string): void {
  const snaps = readdirSync(cacheDir)
    .filter((f) => f.startsWith(prefix) && f.endsWith(SUFFIX))
    .map((f) => ({ f, at: statSync(join(cacheDir, f)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const { f } of snaps.slice(KEEP)) rmSync(join(cacheDir, f), { force: true });
}
