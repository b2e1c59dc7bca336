// Drives crash-child.ts: runs a store save in a child process and SIGKILLs it at a chosen step.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PROJECT_ROOT, resolveFromRoot } from "../../../src/paths.js";
import { CRASH_LINE, DONE_LINE, type ChildArgs } from "./crash-protocol.js";

const CHILD = fileURLToPath(new URL("./crash-child.ts", import.meta.url));

export type Crash = { step: number; op: string; path: string; torn: boolean };
export type Done = { ok: boolean; errors: string[]; version: string; openSteps: number; steps: string[] };
export type ChildRun = {
  crash?: Crash;
  done?: Done;
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
};

let command: string[] = ["--import", "tsx", CHILD];
let bundleDir: string | undefined;

/**
 * Bundles the child into one plain .mjs with esbuild (tsx's own compiler), so each of the many
 * child processes starts in about half the time; without esbuild the child runs through tsx.
 */
export async function prepareChild(): Promise<void> {
  try {
    const { build } = await import("esbuild");
    // Inside the project (node_modules/.cache): packages the knowledge layer require()s lazily
    // from import.meta.url (wink-nlp and its model) resolve from there, not from a bare tmp folder.
    const cache = join(PROJECT_ROOT, "node_modules", ".cache");
    mkdirSync(cache, { recursive: true });
    bundleDir = mkdtempSync(join(cache, "report-bot-crash-child-"));
    const outfile = join(bundleDir, "crash-child.mjs");
    await build({
      entryPoints: [CHILD],
      outfile,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      logLevel: "silent",
      banner: {
        js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
      },
    });
    command = [outfile];
  } catch {
    command = ["--import", "tsx", CHILD];
  }
}

export function disposeChild(): void {
  if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
  bundleDir = undefined;
}

/** Runs the child; if it reports a crash point, kills it there with SIGKILL. Resolves once it has exited. */
export function runChild(args: ChildArgs, timeoutMs = 30_000): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...command, JSON.stringify(args)], {
      cwd: resolveFromRoot("."),
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NODE_OPTIONS: "" },
    });
    const run: ChildRun = { code: null, signal: null, stderr: "" };
    let out = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`crash child timed out (${JSON.stringify(args)}): ${run.stderr}`));
    }, timeoutMs);
    child.stderr.on("data", (b: Buffer) => (run.stderr += b.toString()));
    child.stdout.on("data", (b: Buffer) => {
      out += b.toString();
      let nl: number;
      while ((nl = out.indexOf("\n")) >= 0) {
        const line = out.slice(0, nl);
        out = out.slice(nl + 1);
        if (line.startsWith(CRASH_LINE)) {
          run.crash = JSON.parse(line.slice(CRASH_LINE.length)) as Crash;
          // The crash: the child is blocked inside the save, at the step it reported.
          process.kill(child.pid!, "SIGKILL");
        } else if (line.startsWith(DONE_LINE)) run.done = JSON.parse(line.slice(DONE_LINE.length)) as Done;
      }
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      run.code = code;
      run.signal = signal;
      resolve(run);
    });
  });
}

/** Runs `tasks` with at most `limit` at a time, keeping their order in the result. */
export async function pool<T>(
  tasks: (() => Promise<T>)[],
  limit = Number(process.env.CRASH_CONCURRENCY ?? availableParallelism() + 1),
): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
