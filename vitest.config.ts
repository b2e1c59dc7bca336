import { readdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

// Files that set up no process listeners, module mocks, fake timers or environment changes (a few
// start a CLI child process, and the Discord and HTTP tests the stand-in and the bot, closed
// again): they share one module graph per worker instead of each loading its own.
// Isolated, every file evaluated src/ again, loaded discord.js again and built the real engine
// again (word vectors, CC-CEDICT, the knowledge): measured on 2 busy cores, the answering,
// knowledge, text, util, charts and bench folders took 120 s of CPU isolated and 38 s shared; the
// Discord, HTTP and surfaces folders 98 s isolated and 53 s shared (about 1.5 s less per file:
// discord.js, the module runner's evaluation of src/, the first Chinese answer's dictionaries),
// with the same tests passing, also in shuffled file order. Every other file keeps its own: those
// that start child processes or a shard manager (nothing to gain: the cost is in the children),
// and those listed in OWN_GRAPH (process listeners, vi.mock, fake timers).
const OWN_GRAPH = [
  "tests/discord/raw-interactions.test.ts",
  "tests/discord/sharding.test.ts",
  "tests/http/chart.test.ts",
  "tests/http/health.test.ts",
  "tests/http/main.test.ts",
];
const ROOT = fileURLToPath(new URL(".", import.meta.url));
/** The test files directly in these folders (relative paths) but those of OWN_GRAPH. */
const testFilesIn = (...dirs: string[]) =>
  dirs.flatMap((d) =>
    readdirSync(join(ROOT, d))
      .filter((f) => f.endsWith(".test.ts"))
      .map((f) => `${d}/${f}`)
      .filter((f) => !OWN_GRAPH.includes(f)),
  );
const SHARED = [
  "tests/*.test.ts",
  "tests/answering/**/*.test.ts",
  "tests/knowledge/**/*.test.ts",
  "tests/text/**/*.test.ts",
  "tests/util/**/*.test.ts",
  "tests/charts/**/*.test.ts",
  "tests/bench/**/*.test.ts",
  ...testFilesIn("tests/discord", "tests/http", "tests/surfaces"),
  "tests/cli/engine-cache.test.ts",
  "tests/deploy/deploy-commands.test.ts",
  "tests/production/command-names.test.ts",
  "tests/production/dockerignore.test.ts",
  "tests/reliability/property.test.ts",
];

// The files that take longest (each starts dozens of child processes: crashed saves, the bot, tsc),
// longest first. With no record of past runs (a clean clone: vitest keeps durations under
// node_modules) vitest starts the largest files first, and these are small files: started last,
// one of them ran on alone after everything else had finished. Started first, the short files fill
// the other workers meanwhile. With a record, it orders the rest by their last duration.
const LONGEST_FIRST = [
  "tests/reliability/crash-saves.test.ts",
  "tests/reliability/crash-replace.test.ts",
  "tests/production/docker-layout.test.ts",
  "tests/production/startup-failures.test.ts",
];
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const i = LONGEST_FIRST.findIndex((path) => f.moduleId === join(ROOT, path));
      return i < 0 ? LONGEST_FIRST.length : i;
    };
    // Array.prototype.sort is stable: the rest keep vitest's order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

// Each project's own options (an inline project inherits nothing from the root in vitest 4).
// Bounds for a stuck test, not speed checks: a test that passes takes what it takes. Files that
// start the bot as a child process need several seconds of CPU before it is ready, and on 2 cores
// shared with other work (load average 15 measured here) a 30 s bound failed tests that were only
// waiting their turn.
const common = { testTimeout: 90_000, hookTimeout: 90_000 };

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
    sequence: { sequencer: LongestFirst },
    ...common,
    projects: [
      { test: { ...common, name: "shared", include: SHARED, isolate: false } },
      { test: { ...common, name: "isolated", include: ["tests/**/*.test.ts"], exclude: SHARED } },
    ],
  },
});
