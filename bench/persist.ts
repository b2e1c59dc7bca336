// Persistence for the start-up measurement: the engine's own snapshot (src/answering/snapshot.ts,
// saveSnapshot / loadSnapshot) when the project has one, otherwise the knowledge base as JSON
// from which a fresh process rebuilds the engine.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Engine } from "../src/answering/engine.js";
import type { KnowledgeBase } from "../src/knowledge/load.js";
import type { Report } from "../src/knowledge/schema.js";

// Beside this file's own extension: .ts under tsx, .js when the bench runs compiled.
export const SNAPSHOT_MODULE = fileURLToPath(
  new URL(`../src/answering/snapshot${import.meta.url.endsWith(".js") ? ".js" : ".ts"}`, import.meta.url),
);

export type SnapshotApi = {
  saveSnapshot(engine: Engine, file: string): unknown;
  loadSnapshot(file: string): Engine | Promise<Engine>;
};

export type Persistence =
  | { method: "snapshot"; api: SnapshotApi; note: string }
  | { method: "kb-json"; note: string };

/** The snapshot API if src/answering/snapshot.ts exists and exports both functions. */
export async function persistence(): Promise<Persistence> {
  // BENCH_PERSIST=kb-json measures the fallback even when the snapshot module exists.
  if (process.env.BENCH_PERSIST === "kb-json")
    return {
      method: "kb-json",
      note: "BENCH_PERSIST=kb-json: start-up = read the knowledge JSON and rebuild the engine",
    };
  if (!existsSync(SNAPSHOT_MODULE))
    return {
      method: "kb-json",
      note: "no src/answering/snapshot.ts: start-up = read the knowledge JSON and rebuild the engine",
    };
  const mod = (await import(pathToFileURL(SNAPSHOT_MODULE).href)) as Partial<SnapshotApi>;
  if (typeof mod.saveSnapshot !== "function" || typeof mod.loadSnapshot !== "function") {
    return {
      method: "kb-json",
      note: "src/answering/snapshot.ts lacks saveSnapshot/loadSnapshot: start-up = read the knowledge JSON and rebuild the engine",
    };
  }
  return {
    method: "snapshot",
    api: mod as SnapshotApi,
    note: "start-up = loadSnapshot() from src/answering/snapshot.ts",
  };
}

type KnowledgeJson = { version: string; reports: Report[]; skipped: KnowledgeBase["skipped"] };

export function saveKnowledgeJson(kb: KnowledgeBase, file: string): void {
  const data: KnowledgeJson = { version: kb.version, reports: kb.reports, skipped: kb.skipped };
  writeFileSync(file, JSON.stringify(data));
}

export function loadKnowledgeJson(file: string): KnowledgeBase {
  const data = JSON.parse(readFileSync(file, "utf8")) as KnowledgeJson;
  const entries = data.reports.flatMap((r) => r.entries);
  return {
    version: data.version,
    reports: data.reports,
    sections: data.reports.flatMap((r) => r.sections),
    entries,
    groups: data.reports.flatMap((r) => r.groups),
    byId: new Map(entries.map((e) => [e.id, e])),
    skipped: data.skipped,
  };
}
