// Rendering does not leak: resident memory after 200 renders stays near what it was after warm-up.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { expect, it } from "vitest";
import { buildChartSpec, renderChart } from "../../src/charts/index.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { DEFAULT_KNOWLEDGE_DIR } from "../../src/paths.js";

setFlagsFromString("--expose-gc");
const gc = (globalThis.gc ?? runInNewContext("gc")) as () => void;

const RENDERS = 200;
const MAX_GROWTH_MB = 80;

it(`memory stays flat over ${RENDERS} renders`, async () => {
  const kb = loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
  const specs = kb.groups.map((g) => buildChartSpec(g, kb));
  const render = (i: number) => renderChart(specs[i % specs.length]!, i % 2 === 0 ? "en" : "zh");
  for (let i = 0; i < 30; i++) await render(i);
  gc();
  const before = process.memoryUsage().rss;
  let bytes = 0;
  const started = performance.now();
  for (let i = 0; i < RENDERS; i++) bytes += (await render(i)).length;
  const ms = performance.now() - started;
  gc();
  await new Promise((r) => setTimeout(r, 50));
  gc();
  const growthMb = (process.memoryUsage().rss - before) / 2 ** 20;
  console.log(
    `${RENDERS} renders in ${ms.toFixed(0)} ms (${(ms / RENDERS).toFixed(1)} ms each, ${(bytes / RENDERS / 1024).toFixed(0)} KiB each); rss growth ${growthMb.toFixed(1)} MB`,
  );
  expect(bytes / RENDERS).toBeGreaterThan(20_000);
  expect(growthMb).toBeLessThan(MAX_GROWTH_MB);
}, 60_000);
