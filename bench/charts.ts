// Chart rendering under `npm run bench` (run by bench/run.ts in its own process, with --expose-gc):
// time per render, PNG size, and whether resident memory grows over many renders (a leak in the
// canvas or chart.js would show here). Prints one JSON line. A resource figure, so it lives in the
// bench, not in the test suite, where a busy machine would make it fail.
import { buildChartSpec, renderChart } from "../src/charts/index.js";
import { loadKnowledge } from "../src/knowledge/load.js";
import { DEFAULT_KNOWLEDGE_DIR } from "../src/paths.js";
import { round, steadyRssMb } from "./stats.js";

const CHART_RENDERS = 200;
const WARMUP_RENDERS = 30;

const kb = loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
const specs = kb.groups.map((g) => buildChartSpec(g, kb));
const render = (i: number) => renderChart(specs[i % specs.length]!, i % 2 === 0 ? "en" : "zh");
for (let i = 0; i < WARMUP_RENDERS; i++) await render(i);
const before = steadyRssMb();
let bytes = 0;
const started = performance.now();
for (let i = 0; i < CHART_RENDERS; i++) bytes += (await render(i)).length;
const ms = performance.now() - started;
await new Promise((r) => setTimeout(r, 50));
const after = steadyRssMb();
process.stdout.write(
  `${JSON.stringify({
    renders: CHART_RENDERS,
    charts: specs.length,
    ms_per_render: round(ms / CHART_RENDERS, 1),
    kib_per_png: round(bytes / CHART_RENDERS / 1024, 0),
    rss_before_mb: before,
    rss_after_mb: after,
    rss_growth_mb: round(after - before, 1),
  })}\n`,
);
