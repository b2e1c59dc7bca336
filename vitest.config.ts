import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Child processes run the sources transpiled once per run (tests/support/compiled.ts), not tsx.
    globalSetup: ["tests/support/compile-once.ts"],
    // One worker more than cores (vitest's default is one fewer: a single worker on 2 cores). Many
    // files spend much of their time waiting (gateway reconnects, child processes, held requests);
    // the extra worker keeps both cores busy meanwhile. Measured on 2 cores: 1 worker 4m44s, 2
    // workers 2m53s, 3 workers 2m19s, 4 workers 2m50s (more only adds contention).
    maxWorkers: availableParallelism() + 1,
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
