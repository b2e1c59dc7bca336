import { describe, expect, it } from "vitest";
import { mainThreadWaitNs, unpreempted } from "../../bench/stats.js";

describe("bench: calls taken off the CPU", () => {
  it("leaves the calls that waited for a CPU out of the on-CPU p99, and counts them", () => {
    // 100 calls: 97 quick ones, two slow because the process was descheduled, one slow on its own
    // (which stays: of the 98 calls kept, it is the 98th).
    const times = [...Array.from({ length: 97 }, () => 0.3), 4.1, 8.0, 1.4];
    const waited = times.map((_, i) => i === 97 || i === 98);
    expect(unpreempted(times, waited)).toEqual({
      p99_on_cpu_ms: 1.4,
      descheduled_calls: 2,
      descheduled_over_1ms: 2,
      over_1ms: 3,
    });
    // Where the system does not say which calls waited, nothing is claimed.
    expect(unpreempted(times, undefined)).toEqual({});
  });

  it("reads the main thread's wait as a count that never goes back (Linux), or says it cannot", () => {
    const wait = mainThreadWaitNs();
    if (process.platform !== "linux") return;
    expect(wait).toBeDefined();
    const first = wait!();
    expect(Number.isInteger(first) && first >= 0).toBe(true);
    expect(wait!()).toBeGreaterThanOrEqual(first);
  });
});
