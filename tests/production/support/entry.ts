// Runs a real entry point (src/surfaces/discord/main.ts or sharded.ts, transpiled once for the run
// by tests/support/compile-once.ts: the sources as `npm run dev` runs them, without tsx's start-up
// in every child) as a child process, with only the environment given (none of the developer's
// DISCORD_*, MODE, HOST, PORT...), and collects stdout and stderr apart: stderr is what a person
// reads when start-up fails, stdout the pino log. Preloads are TypeScript files of tests/ too.
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PROJECT_ROOT } from "../../../src/paths.js";
import { compiled } from "../../support/compiled.js";

export const MAIN = join(PROJECT_ROOT, "src/surfaces/discord/main.ts");
export const SHARDED = join(PROJECT_ROOT, "src/surfaces/discord/sharded.ts");

const OURS =
  /^(DISCORD_|MODE$|HOST$|PORT$|ASK_|KNOWLEDGE_|SHARD|TOTAL_SHARDS$|GATEWAY_|SHUTDOWN_|LOG_LEVEL$|DOTENV_)/;
const cleanEnv = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => !OURS.test(k)));

export type Running = {
  child: ChildProcess;
  /** Exit code (null if killed by a signal). */
  exited: Promise<number | null>;
  stdout(): string;
  stderr(): string;
  /** stdout's JSON log lines. */
  logs(): Record<string, unknown>[];
};

export function runEntry(
  entry: string,
  env: Record<string, string>,
  o: { cwd?: string; preload?: string[] } = {},
): Running {
  // Absolute paths, so a child can run from another working directory (where a copied .env lies).
  const args = [
    ...(o.preload ?? []).flatMap((p) => ["--import", pathToFileURL(compiled(p)).href]),
    compiled(entry),
  ];
  const child = spawn(process.execPath, args, {
    cwd: o.cwd ?? PROJECT_ROOT,
    env: { ...cleanEnv(), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    child,
    exited,
    stdout: () => out,
    stderr: () => err,
    logs: () =>
      out
        .split("\n")
        .filter((l) => l.startsWith("{"))
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

/** Resolves with the first log line `test` accepts, or rejects when the process exits first (with what it printed). */
export function waitForLog(
  p: Running,
  test: (l: Record<string, unknown>) => boolean,
  timeoutMs = 30_000,
): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const timer = setInterval(() => {
      const found = p.logs().find(test);
      if (found) {
        clearInterval(timer);
        resolve(found);
      } else if (
        p.child.exitCode !== null ||
        p.child.signalCode !== null ||
        Date.now() - started > timeoutMs
      ) {
        clearInterval(timer);
        reject(
          new Error(
            `no such log line (exit ${p.child.exitCode}); stdout:\n${p.stdout().slice(-3000)}\nstderr:\n${p.stderr().slice(-3000)}`,
          ),
        );
      }
    }, 25);
  });
}

/** The exit code, or null if the process has not exited within `timeoutMs` (it is then killed). */
export async function exitWithin(p: Running, timeoutMs: number): Promise<number | null | "still running"> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"still running">(
    (resolve) => (timer = setTimeout(() => resolve("still running"), timeoutMs)),
  );
  const code = await Promise.race([p.exited, late]);
  clearTimeout(timer);
  if (code === "still running") p.child.kill("SIGKILL");
  return code;
}

export const BASE_ENV = {
  DISCORD_TOKEN: "x".repeat(30),
  DISCORD_APPLICATION_ID: "123456789012345678",
  LOG_LEVEL: "info",
};
