// Latency statistics: nearest-rank percentiles over per-call milliseconds, and GC pauses.
import { openSync, readSync } from "node:fs";
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

/**
 * How long this process's main thread has waited for a CPU so far, in ns (Linux: the second field
 * of /proc/self/task/<pid>/schedstat), or undefined where the system does not say. A timed call
 * during which it grows was taken off the CPU for another process: on a machine shared with other
 * work, most calls over 1 ms are such calls (the wait is a whole scheduler slice, ~4 ms), so the
 * wall-clock p99 measures the machine's load as much as the engine. Read without allocating.
 */
export function mainThreadWaitNs(): (() => number) | undefined {
  let fd: number;
  try {
    fd = openSync(`/proc/self/task/${process.pid}/schedstat`, "r");
  } catch {
    return undefined;
  }
  const buf = Buffer.alloc(128);
  const read = () => {
    const n = readSync(fd, buf, 0, buf.length, 0);
    let i = 0;
    while (i < n && buf[i] !== 0x20) i++;
    let wait = 0;
    for (i++; i < n && buf[i]! >= 0x30 && buf[i]! <= 0x39; i++) wait = wait * 10 + (buf[i]! - 0x30);
    return wait;
  };
  try {
    read();
  } catch {
    return undefined;
  }
  return read;
}

/**
 * The calls of a timed loop that were never taken off the CPU (`waited[i]` false): their p99, how
 * many were, and how many of the calls over 1 ms were. Empty where the system does not say.
 */
export function unpreempted(times: number[], waited: boolean[] | undefined) {
  if (!waited) return {};
  const kept = times.filter((_, i) => !waited[i]);
  return {
    p99_on_cpu_ms: round(percentile(kept, 0.99), 4),
    descheduled_calls: times.length - kept.length,
    descheduled_over_1ms: times.filter((ms, i) => waited[i] && ms > 1).length,
    over_1ms: times.filter((ms) => ms > 1).length,
  };
}
