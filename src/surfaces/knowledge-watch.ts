// Several instances share one knowledge folder; a /refresh lands on one of them. Every instance,
// before answering and at most once per interval, compares the folder's cheap version stamp
// (stat calls only, see knowledge/version-stamp.ts) with the one it last loaded, and reloads when
// it differs. A stamp is recorded only when it did not move during the reload, so a reload that
// raced another instance's write is retried at the next check.
import type { Logger } from "pino";
import { knowledgeVersionStamp } from "../knowledge/version-stamp.js";

export type WatchedStore = {
  readonly version: string;
  reload():
    | { ok: boolean; version?: string; previousVersion?: string | null; errors?: string[] }
    | Promise<{ ok: boolean; version?: string; previousVersion?: string | null; errors?: string[] }>;
};

export type KnowledgeWatch = {
  /** Reloads if the folder changed since the last check (checks at most once per interval). */
  ensureFresh(): Promise<void>;
  /** Records the folder as it is now as loaded (after this instance changed it itself). */
  markCurrent(): void;
};

export type KnowledgeWatchOptions = {
  store: WatchedStore;
  dir: string;
  intervalMs: number;
  logger: Logger;
  now?: () => number;
  stamp?: (dir: string) => string;
  onReload?: (outcome: "ok" | "failed") => void;
};

export function createKnowledgeWatch(options: KnowledgeWatchOptions): KnowledgeWatch {
  const now = options.now ?? Date.now;
  const stampOf = options.stamp ?? knowledgeVersionStamp;
  let loaded = stampOf(options.dir);
  let checkedAt = now();
  let running: Promise<void> | null = null;

  async function check(): Promise<void> {
    const before = stampOf(options.dir);
    if (before === loaded) return;
    const version = options.store.version;
    let result: Awaited<ReturnType<typeof options.store.reload>>;
    try {
      result = await options.store.reload();
    } catch (err) {
      options.logger.error({ err }, "knowledge changed on disk; reload threw");
      options.onReload?.("failed");
      return;
    }
    const after = stampOf(options.dir);
    if (after === before) loaded = after;
    if (result.ok) {
      if (result.version !== version)
        options.logger.info(
          { version: result.version, previousVersion: version, trigger: "stamp" },
          "knowledge changed on disk; reloaded",
        );
      options.onReload?.("ok");
    } else {
      options.logger.warn(
        { errors: result.errors, trigger: "stamp", retry: after !== before },
        "knowledge changed on disk but is not valid; still serving the loaded version",
      );
      options.onReload?.("failed");
    }
  }

  return {
    async ensureFresh() {
      if (options.intervalMs <= 0) return;
      if (running) return running;
      if (now() - checkedAt < options.intervalMs) return;
      checkedAt = now();
      running = check().finally(() => {
        running = null;
      });
      return running;
    },
    markCurrent() {
      loaded = stampOf(options.dir);
    },
  };
}
