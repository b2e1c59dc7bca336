// Runs exported functions of a TypeScript module on a worker thread with a kill switch: a
// regression to super-linear matching then fails the test (the worker is terminated, whatever
// it is doing) instead of hanging the test process, which a synchronous regex would do.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

export type WorkerCall = { fn: string; args: unknown[] };
export type Outcome =
  | { ok: true; value: unknown }
  | { ok: false; error: string }
  | { ok: false; killedAfterMs: number };

/** A worker that imports `moduleUrl` (TypeScript, through tsx's loader) and runs calls one at a time. */
export function startModuleWorker(moduleUrl: URL) {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve("tsx/package.json");
  const pkg = require(pkgPath) as { exports: Record<string, { import: { default: string } }> };
  const tsxApi = pathToFileURL(join(dirname(pkgPath), pkg.exports["./esm/api"]!.import.default)).href;
  const code = `
    const { parentPort } = require("node:worker_threads");
    import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(moduleUrl.href)}); }).then((m) => {
      parentPort.on("message", ({ fn, args }) => {
        try { parentPort.postMessage({ ok: true, value: m[fn](...args) }); }
        catch (e) { parentPort.postMessage({ ok: false, error: String(e && e.stack || e) }); }
      });
      parentPort.postMessage({ ready: true });
    });`;
  // A killed worker is replaced, so one runaway case does not fail the ones after it.
  let worker: Worker;
  let ready: Promise<void>;
  const start = () => {
    worker = new Worker(code, { eval: true });
    ready = new Promise<void>((resolve, reject) => {
      worker.once("message", () => resolve());
      worker.once("error", reject);
    });
  };
  start();
  return {
    /** Resolves with the function's result, its error, or how long it ran before it was killed. */
    async call(c: WorkerCall, killAfterMs: number): Promise<Outcome> {
      await ready;
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          void worker.terminate();
          start();
          resolve({ ok: false, killedAfterMs: killAfterMs });
        }, killAfterMs);
        worker.once("message", (m: Outcome) => {
          clearTimeout(timer);
          resolve(m);
        });
        worker.postMessage(c);
      });
    },
    stop: () => worker.terminate(),
  };
}
