import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// Files that set up no process listeners, module mocks, fake timers or environment changes (a few
// start a CLI child process, and tests/discord-standin.test.ts the stand-in, closed again): they
// share one module graph per worker instead of each loading its own.
// Isolated, every file evaluated src/ again and built the real engine again (word vectors,
// CC-CEDICT, the knowledge): measured on 2 busy cores, these directories took 120 s of CPU
// isolated and 38 s shared, with the same tests passing (also in shuffled order). Every other
// file (child processes, the Discord stand-in, process listeners, vi.mock) keeps its own.
const SHARED = [
  "tests/*.test.ts",
  "tests/answering/**/*.test.ts",
  "tests/knowledge/**/*.test.ts",
  "tests/text/**/*.test.ts",
  "tests/util/**/*.test.ts",
  "tests/charts/**/*.test.ts",
  "tests/bench/**/*.test.ts",
];

// Each project's own options (an inline project inherits nothing from the root in vitest 4).
const common = { testTimeout: 30_000, hookTimeout: 30_000 };

export default defineConfig({
  test: {
    // Child processes run the sources transpiled once per run (tests/support/compiled.ts), not tsx.
    // Here only, not in the projects: the root's global setup runs once and both projects see
    // what it provides.
    globalSetup: ["tests/support/compile-once.ts"],
    // One worker more than cores (vitest's default is one fewer: a single worker on 2 cores). Many
    // files spend much of their time waiting (gateway reconnects, child processes, held requests);
    // the extra worker keeps both cores busy meanwhile. Measured on 2 cores: 1 worker 4m44s, 2
    // workers 2m53s, 3 workers 2m19s, 4 workers 2m50s (more only adds contention). Shared by the
    // projects.
    maxWorkers: availableParallelism() + 1,
    ...common,
    projects: [
      { test: { ...common, name: "shared", include: SHARED, isolate: false } },
      { test: { ...common, name: "isolated", include: ["tests/**/*.test.ts"], exclude: SHARED } },
    ],
  },
});
