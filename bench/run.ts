// `npm run bench`: the engine against the plain fuse.js baseline on the real knowledge, and on
// synthetic knowledge of 10,000 and 100,000 entries. One child process per configuration (so
// memory and JIT state never leak between them); each prints one JSON line. Prints a table, or
// with --json one JSON object (the table then goes to stderr). Progress goes to stderr.
//
//   npm run bench [-- --json] [--sizes 10000,100000] [--questions 500] [--seed 2011]
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { PROJECT_ROOT, resolveFromRoot } from "../src/paths.js";
import type { ChildOptions } from "./child.js";

const { values } = parseArgs({
  options: {
    json: { type: "boolean", default: false },
    sizes: { type: "string", default: "10000,100000" },
    questions: { type: "string", default: "500" },
    seed: { type: "string", default: "2011" },
    "eval-file": { type: "string", default: "tests/fixtures/public-questions.jsonl" },
  },
});

const CHILD_TS = fileURLToPath(new URL("./child.ts", import.meta.url));
const CHARTS_TS = fileURLToPath(new URL("./charts.ts", import.meta.url));
// Children run the compiled JavaScript, as the bot runs in production (npm run build; node dist):
// tsx's compiler would add ~50 MB to every measured process. tsx is the fallback if tsc fails.
const BUILD_DIR = join(PROJECT_ROOT, ".bench-build");
function compiledChild(): { args: string[]; charts: string[]; runtime: string } {
  const tsc = spawnSync(
    process.execPath,
    [
      join(PROJECT_ROOT, "node_modules/typescript/bin/tsc"),
      "-p",
      join(PROJECT_ROOT, "tsconfig.json"),
      "--noEmit",
      "false",
      "--outDir",
      BUILD_DIR,
    ],
    { cwd: PROJECT_ROOT, encoding: "utf8" },
  );
  const child = join(BUILD_DIR, "bench/child.js");
  const charts = join(BUILD_DIR, "bench/charts.js");
  if (tsc.status === 0 && existsSync(child) && existsSync(charts))
    return { args: [child], charts: [charts], runtime: "node (compiled with tsc)" };
  process.stderr.write(`[bench] tsc failed, children run under tsx:\n${tsc.stdout}${tsc.stderr}\n`);
  return { args: ["--import", "tsx", CHILD_TS], charts: ["--import", "tsx", CHARTS_TS], runtime: "tsx" };
}
const CHILD = compiledChild();
const sizes = values.sizes
  .split(",")
  .map(Number)
  .filter((n) => n > 0);
const questionCount = Number(values.questions);
const seed = Number(values.seed);
const evalFile = resolveFromRoot(values["eval-file"]);
// Time bounds that keep the whole run under 3 minutes on 2 cores: timed loops stop at their
// budget (the question count actually timed is reported), and a stuck child is killed.
const REAL = { minCalls: 2000, budgetMs: 20_000 };
const BASELINE = { minCalls: 2000, budgetMs: 10_000 };
const WARMUP = 30;
const serveBudgetMs = (size: number) => (size >= 100_000 ? 45_000 : 25_000);
const CHILD_TIMEOUT_MS = 150_000;
/** Resident memory 200 chart renders may add (after GC) before the bench calls it a leak. */
const CHART_MAX_GROWTH_MB = 80;

const started = Date.now();
// Other processes on the machine skew latency: the 1-minute load average is reported with the results.
const loadAtStart = loadavg()[0]!;
const log = (msg: string) =>
  process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}\n`);

/** Chart rendering is its own process (bench/charts.ts): the canvas and fonts stay out of the engine's figures. */
const CHARTS_CONFIG = { config: "charts" } as const;

function runChild(opts: ChildOptions | typeof CHARTS_CONFIG): Promise<Record<string, unknown>> {
  const args = opts.config === "charts" ? CHILD.charts : [...CHILD.args, JSON.stringify(opts)];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--expose-gc", ...args], {
      cwd: PROJECT_ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
    const timer = setTimeout(() => {
      log(`${opts.config} exceeded ${CHILD_TIMEOUT_MS / 1000} s; stopping it`);
      child.kill("SIGKILL");
    }, CHILD_TIMEOUT_MS);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const line = out.trim().split("\n").at(-1);
      if (code !== 0 || !line) return reject(new Error(`${opts.config} exited with ${code ?? signal}`));
      try {
        resolve(JSON.parse(line) as Record<string, unknown>);
      } catch {
        reject(new Error(`${opts.config} printed no JSON result: ${line.slice(0, 200)}`));
      }
    });
  });
}

type Row = Record<string, unknown>;
const num = (r: Row | undefined, k: string) => (typeof r?.[k] === "number" ? (r[k] as number) : Number.NaN);

const dir = mkdtempSync(join(tmpdir(), "report-bot-bench-"));
const result: Record<string, unknown> = {};
let exitCode = 0;
try {
  log("real knowledge: the engine on the public question set");
  const real = await runChild({ config: "real", questionsFile: evalFile, ...REAL });
  log("baseline: one plain Fuse over the report's sentences, the question as the pattern");
  const baseline = await runChild({ config: "baseline", questionsFile: evalFile, ...BASELINE });
  log("charts: render every breakdown chart, in both languages, 200 times");
  const charts = await runChild(CHARTS_CONFIG).catch((error: Error) => {
    exitCode = 1;
    log(`charts failed: ${error.message}`);
    return { error: error.message };
  });
  const synthetic: Record<string, Row> = {};
  let persistNote = "";
  for (const size of sizes) {
    try {
      log(`synthetic ${size}: generate, build, persist (one process)`);
      const build = await runChild({
        config: "synth-build",
        size,
        seed,
        questions: questionCount,
        warmup: WARMUP,
        dir,
      });
      log(`synthetic ${size}: start-up from the persisted file and questions (a fresh process)`);
      const serve = await runChild({
        config: "synth-serve",
        size,
        dir,
        warmup: WARMUP,
        budgetMs: serveBudgetMs(size),
      });
      persistNote = String(build.persist_note);
      synthetic[String(size)] = {
        build_ms: build.build_ms,
        startup_ms: serve.startup_ms,
        p50_ms: serve.p50_ms,
        p99_ms: serve.p99_ms,
        top1: serve.top1,
        rss_mb: serve.rss_mb,
        peak_rss_mb: serve.peak_rss_mb,
        rss_before_gc_mb: serve.rss_before_gc_mb,
        rss_after_gc_mb: serve.rss_after_gc_mb,
        questions: serve.questions,
        questions_planned: serve.questions_planned,
        capped: serve.capped,
        gen_ms: build.gen_ms,
        save_ms: build.save_ms,
        persist: build.persist,
        persist_mb: build.persist_mb,
        build_rss_mb: build.build_rss_mb,
        gc_count: serve.gc_count,
        gc_total_ms: serve.gc_total_ms,
        gc_max_ms: serve.gc_max_ms,
        warm_ms: serve.warm_ms,
        first_answer_ms: serve.first_answer_ms,
        ready_since_process_start_ms: serve.ready_since_process_start_ms,
        max_ms: serve.max_ms,
        by_kind: serve.by_kind,
        latency_by_kind: serve.latency_by_kind,
        reports: build.reports,
      };
    } catch (error) {
      exitCode = 1;
      log(`synthetic ${size} failed: ${(error as Error).message}`);
      synthetic[String(size)] = { error: (error as Error).message };
    }
  }
  Object.assign(result, {
    real,
    baseline,
    ratio_p99: Number((num(baseline, "p99_ms") / num(real, "p99_ms")).toFixed(1)),
    charts,
    synthetic,
    startup_method: persistNote,
    seed,
    node: process.version,
    cpus: availableParallelism(),
    total_s: 0,
  });
  result.targets = targets(result);
} catch (error) {
  exitCode = 1;
  log(`failed: ${(error as Error).message}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
result.total_s = Number(((Date.now() - started) / 1000).toFixed(1));
result.load_avg = { start: Number(loadAtStart.toFixed(2)), end: Number(loadavg()[0]!.toFixed(2)) };

function targets(r: Record<string, unknown>): Record<string, boolean> {
  const real = r.real as Row;
  const big = (r.synthetic as Record<string, Row>)["100000"];
  const t: Record<string, boolean> = {
    "real p99 <= 1 ms": num(real, "p99_ms") <= 1,
    "p99 >= 20x lower than baseline": (r.ratio_p99 as number) >= 20,
    // Rendering must not leak: after GC, 200 renders may leave at most this much more resident memory.
    [`chart RSS growth over 200 renders <= ${CHART_MAX_GROWTH_MB} MB`]:
      num(r.charts as Row, "rss_growth_mb") <= CHART_MAX_GROWTH_MB,
  };
  if (big) {
    t["100k p99 <= 20 ms"] = num(big, "p99_ms") <= 20;
    t["100k top-1 >= 95%"] = num(big, "top1") >= 0.95;
    t["100k start-up <= 1.5 s"] = num(big, "startup_ms") <= 1500;
    t["100k RSS <= 300 MB"] = num(big, "rss_mb") <= 300;
  }
  return t;
}

function table(r: Record<string, unknown>): string {
  if (!r.real) return "bench failed before any result";
  const f = (x: number, d = 2) =>
    Number.isFinite(x) ? (Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(d)) : "-";
  const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : "-");
  const real = r.real as Row;
  const baseline = r.baseline as Row;
  const rows: string[][] = [
    ["configuration", "build ms", "start-up ms", "p50 ms", "p99 ms", "accuracy", "RSS MB", "timed calls"],
    [
      `real knowledge (${num(real, "entries")} entries)`,
      f(num(real, "build_ms")),
      "-",
      f(num(real, "p50_ms"), 3),
      f(num(real, "p99_ms"), 3),
      `${pct(num(real, "accuracy"))} (${num(real, "right")}/${num(real, "total")})`,
      f(num(real, "rss_mb"), 0),
      String(num(real, "calls")),
    ],
    [
      `baseline fuse.js (${num(baseline, "sentences")} sentences)`,
      f(num(baseline, "build_ms")),
      "-",
      f(num(baseline, "p50_ms"), 3),
      f(num(baseline, "p99_ms"), 3),
      `${pct(num(baseline, "accuracy"))} (${num(baseline, "right")}/${num(baseline, "total")})`,
      f(num(baseline, "rss_mb"), 0),
      String(num(baseline, "calls")),
    ],
  ];
  for (const [size, s] of Object.entries(r.synthetic as Record<string, Row>)) {
    if (s.error)
      rows.push([`synthetic ${Number(size).toLocaleString("en-US")}`, `failed: ${String(s.error)}`]);
    else
      rows.push([
        `synthetic ${Number(size).toLocaleString("en-US")} (top-1)`,
        f(num(s, "build_ms"), 0),
        f(num(s, "startup_ms"), 0),
        f(num(s, "p50_ms"), 3),
        f(num(s, "p99_ms"), 3),
        pct(num(s, "top1")),
        f(num(s, "rss_mb"), 0),
        `${num(s, "questions")}${s.capped ? ` of ${num(s, "questions_planned")} (time cap)` : ""}`,
      ]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? "").length)));
  const lines = rows.map((row) =>
    row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  "),
  );
  lines.splice(1, 0, widths.map((w) => "-".repeat(w)).join("  "));
  const slowest = (real.slowest as { id: string; median_ms: number }[] | undefined) ?? [];
  lines.push("", `p99 ratio baseline / real: ${r.ratio_p99}x`, `start-up: ${String(r.startup_method)}`);
  const charts = r.charts as Row | undefined;
  lines.push(
    charts?.error
      ? `charts: failed: ${String(charts.error)}`
      : `charts: ${num(charts, "renders")} renders of ${num(charts, "charts")} charts, ${f(num(charts, "ms_per_render"), 1)} ms and ${f(num(charts, "kib_per_png"), 0)} KiB each; ` +
          `resident memory ${f(num(charts, "rss_before_mb"), 0)} MB → ${f(num(charts, "rss_after_mb"), 0)} MB after GC (growth ${f(num(charts, "rss_growth_mb"), 1)} MB)`,
  );
  lines.push(
    `real: slowest public questions (median of their timed calls): ${slowest.map((s) => `${s.id} ${f(s.median_ms, 3)} ms`).join(", ")}; ` +
      `GC during the timed calls: ${num(real, "gc_count")} pauses, ${f(num(real, "gc_total_ms"))} ms in all, longest ${f(num(real, "gc_max_ms"))} ms`,
  );
  if (Number.isFinite(num(real, "p99_on_cpu_ms")))
    lines.push(
      `real: ${num(real, "over_1ms")} timed calls over 1 ms, ${num(real, "descheduled_over_1ms")} of them taken off the CPU for another process while they ran (${num(real, "descheduled_calls")} calls in all); ` +
        `p99 of the ${num(real, "calls") - num(real, "descheduled_calls")} calls never taken off the CPU: ${f(num(real, "p99_on_cpu_ms"), 3)} ms`,
    );
  for (const [size, s] of Object.entries(r.synthetic as Record<string, Row>)) {
    if (s.error) continue;
    const lat = s.latency_by_kind as Record<string, { p50_ms: number; p99_ms: number }>;
    const kinds = Object.entries(s.by_kind as Record<string, { right: number; total: number }>)
      .map(
        ([k, v]) =>
          `${k} ${v.right}/${v.total} (p50 ${f(lat[k]?.p50_ms ?? Number.NaN)} / p99 ${f(lat[k]?.p99_ms ?? Number.NaN)} ms)`,
      )
      .join(", ");
    lines.push(
      `synthetic ${size}: ${num(s, "reports")} reports, generated in ${f(num(s, "gen_ms"), 0)} ms, persisted ${num(s, "persist_mb")} MB in ${f(num(s, "save_ms"), 0)} ms; warmed after start-up in ${f(num(s, "warm_ms"), 0)} ms (as the bot once connected); first answer ${f(num(s, "first_answer_ms"))} ms; ` +
        `GC ${num(s, "gc_count")} pauses, ${f(num(s, "gc_total_ms"))} ms, longest ${f(num(s, "gc_max_ms"))} ms`,
    );
    lines.push(`  top-1 by kind: ${kinds}`);
    lines.push(
      `  resident memory of the serving process: ${f(num(s, "rss_mb"), 0)} MB steady (GC, 0.5 s idle, GC; the RSS column), ${f(num(s, "rss_after_gc_mb"), 0)} MB just after GC (freed pages not yet returned), ${f(num(s, "rss_before_gc_mb"), 0)} MB before GC, ${f(num(s, "peak_rss_mb"), 0)} MB peak while loading (${CHILD.runtime})`,
    );
  }
  lines.push(
    `targets: ${Object.entries(r.targets as Record<string, boolean>)
      .map(([k, ok]) => `${ok ? "PASS" : "FAIL"} ${k}`)
      .join("; ")}`,
  );
  const load = r.load_avg as { start: number; end: number } | undefined;
  lines.push(
    `node ${String(r.node)}, ${String(r.cpus)} cpus, 1-min load average ${load?.start ?? "?"} at start / ${load?.end ?? "?"} at end, seed ${String(r.seed)}, total ${String(r.total_s)} s`,
  );
  return lines.join("\n");
}

const text = table(result);
if (values.json) {
  process.stderr.write(`${text}\n`);
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  process.stdout.write(`${text}\n`);
}
process.exitCode = exitCode;
