// Latency statistics: nearest-rank percentiles over per-call milliseconds, and GC pauses.
import { PerformanceObserver } from "node:perf_hooks";

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export const median = (values: number[]) => percentile(values, 0.5);
export const round = (x: number, digits = 3) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : x);
export const rssMb = () => round(process.memoryUsage().rss / 2 ** 20, 1);
/** Highest resident memory of this process so far (the loading peak included). */
export const peakRssMb = () => round(process.resourceUsage().maxRSS / 1024, 1);
/** Resident memory once garbage is collected: what a long-running server holds (children run with --expose-gc). */
export function steadyRssMb(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  return rssMb();
}

/** How long the serving process idles before its settled memory is read. */
const SETTLE_MS = 500;

/**
 * Resident memory of a server between questions: collected, then idle for SETTLE_MS, collected
 * again. Right after a collection V8 is still handing the freed pages back to the system on a
 * background thread (~25 MB at 100,000 entries on 2 busy cores), so an immediate reading counts
 * memory the process no longer holds; a bot that has answered and waits holds what this reads.
 */
export async function settledRssMb(): Promise<number> {
  steadyRssMb();
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  return steadyRssMb();
}

export type GcStats = { gc_count: number; gc_total_ms: number; gc_max_ms: number };

/** Watches garbage-collection pauses; stop() (after the timed loop) resolves their count, total and longest. */
export function watchGc(): { stop(): Promise<GcStats> } {
  const pauses: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) pauses.push(e.duration);
  });
  observer.observe({ entryTypes: ["gc"] });
  return {
    async stop() {
      // GC entries are delivered asynchronously: let them arrive before disconnecting.
      await new Promise((resolve) => setTimeout(resolve, 20));
      observer.disconnect();
      return {
        gc_count: pauses.length,
        gc_total_ms: round(pauses.reduce((s, x) => s + x, 0)),
        gc_max_ms: round(Math.max(0, ...pauses)),
      };
    },
  };
}
