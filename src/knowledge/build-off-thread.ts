// Builds new knowledge on a worker thread. Cleaning, extracting and validating a report takes time
// in proportion to what is loaded (linear, but seconds for a large upload), and a reload or an
// upload happens while the bot is serving: on the main thread every /healthz and question would
// wait for it. The worker gets the raw files and returns the built
// knowledge as plain data (structured clone keeps the Map); the caller turns it into an engine.
// A build that runs past the time limit is stopped, whatever it is doing.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { BUILD_TIMEOUT_MS } from "./limits.js";
import { KnowledgeError, type KnowledgeBase, type ReportFiles } from "./load.js";
import type { Violation } from "./validate.js";

export type BuildRequest = { id: number; files: ReportFiles[] };
export type BuildReply = { id: number } & (
  | { ok: true; kb: KnowledgeBase }
  | { ok: false; violations: Violation[] }
  | { ok: false; message: string }
);

export type BuildOptions = { timeoutMs?: number };

type Pending = {
  resolve: (kb: KnowledgeBase) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
};

// One worker serves every build of the process, one build at a time: starting a worker loads
// the knowledge modules again (a second from the TypeScript sources), which a reload should not
// pay each time. It does not keep the process alive while idle. A worker that times out or dies
// is dropped, and the next build starts a new one.
let current: { worker: Worker; pending: Map<number, Pending> } | undefined;
let nextId = 1;
let queue: Promise<unknown> = Promise.resolve();

/** Like buildKnowledge(files), off the main thread: rejects with KnowledgeError when the files are not valid. */
export function buildKnowledgeOffThread(
  files: ReportFiles[],
  options: BuildOptions = {},
): Promise<KnowledgeBase> {
  const run = queue.then(() => buildOnWorker(files, options.timeoutMs ?? BUILD_TIMEOUT_MS));
  queue = run.catch(() => undefined);
  return run;
}

function buildOnWorker(files: ReportFiles[], timeoutMs: number): Promise<KnowledgeBase> {
  const w = current ?? startWorker();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stopWorker(
        w,
        new KnowledgeError([
          {
            check: "schema",
            message: `building the knowledge took longer than ${timeoutMs / 1000} s and was stopped`,
          },
        ]),
      );
    }, timeoutMs);
    w.pending.set(id, { resolve, reject, timer });
    w.worker.ref();
    w.worker.postMessage({ id, files } satisfies BuildRequest);
  });
}

function startWorker(): NonNullable<typeof current> {
  const { entry, eval: isCode } = workerEntry();
  const w = { worker: new Worker(entry, { eval: isCode }), pending: new Map<number, Pending>() };
  w.worker.on("message", (reply: BuildReply) => {
    const p = w.pending.get(reply.id);
    if (!p) return;
    w.pending.delete(reply.id);
    clearTimeout(p.timer);
    if (w.pending.size === 0) w.worker.unref();
    if (reply.ok) p.resolve(reply.kb);
    else if ("violations" in reply) p.reject(new KnowledgeError(reply.violations));
    else p.reject(new Error(`building the knowledge failed: ${reply.message}`));
  });
  w.worker.on("error", (error) =>
    stopWorker(w, new Error(`building the knowledge failed: ${error.message}`)),
  );
  w.worker.on("exit", (code) =>
    stopWorker(w, new Error(`the knowledge build worker stopped (exit code ${code}) without a result`)),
  );
  w.worker.unref();
  current = w;
  return w;
}

function stopWorker(w: NonNullable<typeof current>, error: Error): void {
  if (current === w) current = undefined;
  for (const p of w.pending.values()) {
    clearTimeout(p.timer);
    p.reject(error);
  }
  w.pending.clear();
  void w.worker.terminate();
}

/**
 * The worker's module: build-worker.js beside this file once compiled. Run from the TypeScript
 * sources (tsx, vitest) it is the .ts file, which a worker can load only once tsx's loader is
 * registered in that worker: loader hooks given with --import do not reach workers on Node 20
 * (tsx issue #354), so a small bootstrap registers them through tsx's API first. tsx is a
 * development dependency: compiled output never takes this path.
 */
function workerEntry(): { entry: string | URL; eval: boolean } {
  if (!import.meta.url.endsWith(".ts"))
    return { entry: new URL("./build-worker.js", import.meta.url), eval: false };
  const require = createRequire(import.meta.url);
  // The ESM build of tsx/esm/api, as its package.json exports it to `import`.
  const pkgPath = require.resolve("tsx/package.json");
  const pkg = require(pkgPath) as { exports: Record<string, { import?: { default?: string } } | string> };
  const api = (pkg.exports["./esm/api"] as { import: { default: string } }).import.default;
  const tsxApi = pathToFileURL(join(dirname(pkgPath), api)).href;
  const worker = new URL("./build-worker.ts", import.meta.url).href;
  return {
    entry: `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}); });`,
    eval: true,
  };
}
