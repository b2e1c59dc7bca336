// `node scripts/built.mjs src/surfaces/cli/ask.ts [args…]`: runs the compiled JavaScript of a
// source entry point, building dist/ first (tsc -p tsconfig.build.json) only when the sources
// differ from what dist/ was built from. Plain JavaScript, so starting it costs no compiler: tsx
// compiles every file on every run (about 2 s a question), compiled output starts in a tenth of that.
// "Differ" is a hash of every source file's path, size and modification time, recorded in
// dist/.sources after a build: an edit, a checkout or a deleted dist/ rebuilds, nothing else does.
// Concurrent runs build once (a lock folder); the others wait for it.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const DIST = join(ROOT, "dist");
const STAMP = join(DIST, ".sources");
const LOCK = join(ROOT, "node_modules", ".cache", "report-bot", "build.lock");
// A build takes ~10 s on 2 cores; a lock this old belongs to a process that died.
const STALE_LOCK_MS = 180_000;

function sourcesStamp() {
  const hash = createHash("sha256");
  const add = (path) => {
    const s = statSync(path);
    hash.update(`${relative(ROOT, path)}:${s.size}:${s.mtimeMs}\n`);
  };
  const walk = (dir) => {
    for (const d of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (d.isDirectory()) walk(join(dir, d.name));
      else add(join(dir, d.name));
    }
  };
  for (const f of ["package.json", "package-lock.json", "tsconfig.json", "tsconfig.build.json"])
    if (existsSync(join(ROOT, f))) add(join(ROOT, f));
  walk(join(ROOT, "src"));
  return hash.digest("hex");
}

const upToDate = (stamp, target) =>
  existsSync(target) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === stamp;

function withLock(fn) {
  mkdirSync(dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS)
          rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // Removed by its owner meanwhile: try again.
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

async function build(target) {
  // Loaded only to build: a run from an up-to-date dist/ does not pay for it.
  const { spawnSync } = await import("node:child_process");
  return withLock(() => {
    const stamp = sourcesStamp();
    if (upToDate(stamp, target)) return; // built by another run while this one waited
    process.stderr.write("building dist/ (first run, or the sources changed; about 10 s)…\n");
    const tsc = spawnSync(
      process.execPath,
      [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", join(ROOT, "tsconfig.build.json")],
      { cwd: ROOT, encoding: "utf8" },
    );
    // tsc exits 2 when it reports type errors but still wrote every file: runnable, as under tsx.
    if (tsc.status === 2 && existsSync(target)) {
      process.stderr.write(
        `${tsc.stdout}${tsc.stderr}(type errors above: \`npm run typecheck\`; running the output anyway)\n`,
      );
    } else if (tsc.status !== 0) {
      process.stderr.write(
        `${tsc.stdout}${tsc.stderr}${tsc.error ? `${tsc.error.message}\n` : ""}could not build dist/ (is \`npm ci\` done?)\n`,
      );
      process.exit(1);
    }
    writeFileSync(STAMP, stamp);
  });
}

const [entry, ...args] = process.argv.slice(2);
if (!entry || !/^src\/.+\.ts$/.test(entry)) {
  process.stderr.write("usage: node scripts/built.mjs src/<path>.ts [arguments]\n");
  process.exit(2);
}
const target = join(DIST, entry.replace(/^src\//, "").replace(/\.ts$/, ".js"));
if (!upToDate(sourcesStamp(), target)) await build(target);
// The entry reads its arguments from process.argv as if started directly.
process.argv = [process.argv[0], target, ...args];
await import(pathToFileURL(target).href);
