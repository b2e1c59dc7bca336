// Runs one knowledge-store save in its own process and lets the parent kill it at a chosen step.
// Every write of the save goes through the store's injectable StoreFs; this wrapper counts the
// steps. At step `crashAt` it (optionally) tears the write in half, tells the parent on stdout
// and blocks until the parent sends SIGKILL: a real crash, with no finally blocks, no exit
// handlers and no cleanup. Without a crash point it runs the save to the end and reports the steps.
//
//   node --import tsx crash-child.ts '{"dir": "...", "action": "upload", "upload": "<file>", "crashAt": 3}'  (see crash-protocol.ts)
import { readFileSync, writeFileSync, writeSync } from "node:fs";
import { buildKnowledge } from "../../../src/knowledge/load.js";
import { KnowledgeStore, nodeStoreFs, type StoreFs } from "../../../src/knowledge/store.js";
import { CRASH_LINE, DONE_LINE, type ChildArgs } from "./crash-protocol.js";

const args = JSON.parse(process.argv[2] ?? "{}") as ChildArgs;
const steps: string[] = [];
const say = (line: string) => writeSync(1, `${line}\n`);

function step(op: string, path: string, data?: Buffer): void {
  const n = steps.length;
  steps.push(`${op} ${path}`);
  if (n !== args.crashAt) return;
  if (args.tear && data) writeFileSync(path, data.subarray(0, Math.floor(data.length / 2)), { flag: "wx" });
  say(`${CRASH_LINE}${JSON.stringify({ step: n, op, path, torn: Boolean(args.tear && data) })}`);
  // Wait for the parent's SIGKILL; if it never comes, die anyway (the test then fails on the exit code).
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 30_000);
  process.exit(99);
}

const crashingFs: StoreFs = {
  mkdir: (p) => (step("mkdir", p), nodeStoreFs.mkdir(p)),
  writeFile: (p, data) => (step("writeFile", p, data), nodeStoreFs.writeFile(p, data)),
  rename: (from, to) => (step("rename", `${from} -> ${to}`), nodeStoreFs.rename(from, to)),
  link: (existing, p) => (step("link", `${existing} -> ${p}`), nodeStoreFs.link(existing, p)),
  remove: (p) => (step("remove", p), nodeStoreFs.remove(p)),
  fsyncDir: (p) => (step("fsyncDir", p), nodeStoreFs.fsyncDir(p)),
};

// Built in place: the save is what is crashed here, and a one-shot process gains nothing from a
// worker. No engine either: nothing is asked here (the parent checks answers after the crash).
const store = KnowledgeStore.open(args.dir, {
  createEngine: () => null,
  fs: crashingFs,
  build: buildKnowledge,
});
const before = steps.length;
let result: { ok: true } | { ok: false; errors: string[] } = { ok: true };
if (args.action === "rollback") {
  result = await store.rollback();
} else if (args.action === "upload") {
  const u = JSON.parse(readFileSync(args.upload!, "utf8")) as {
    filename: string;
    contentType: string | null;
    data: string;
  };
  result = await store.applyUpload({
    filename: u.filename,
    contentType: u.contentType,
    data: Buffer.from(u.data, "utf8"),
  });
}
say(
  `${DONE_LINE}${JSON.stringify({ ok: result.ok, errors: result.ok ? [] : result.errors, version: store.version, openSteps: before, steps })}`,
);
