// `npm run chart -- "topic" --out FILE.png [--lang zh]`: renders the chart the bot would send for a
// topic, prints what it drew (title, figures, gap or share, sources) and the render time.
// An unknown topic lists the available charts and exits 1.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  buildChartSpec, CHART_HEIGHT, CHART_WIDTH, chartText, chartTopics, ensureChartFonts, findChart, FontError, renderChart,
  type Lang,
} from "../src/charts/index.js";
import { CoreConfigSchema, parseEnvOrExit } from "../src/config/core.js";
import { loadKnowledge } from "../src/knowledge/load.js";

const usage = 'usage: npm run chart -- "topic" --out FILE.png [--lang en|zh]';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: "string", short: "o" }, lang: { type: "string", default: "en" }, help: { type: "boolean", short: "h" } },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const topic = positionals.join(" ").trim();
const lang = values.lang;
if (!topic || !values.out || (lang !== "en" && lang !== "zh")) {
  console.error(usage);
  process.exit(2);
}

try {
  ensureChartFonts();
} catch (error) {
  if (error instanceof FontError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const kb = loadKnowledge(parseEnvOrExit(CoreConfigSchema).KNOWLEDGE_DIR);
const group = findChart(topic, kb);
if (!group) {
  console.error(`No chart matches "${topic}". Available charts:`);
  for (const t of chartTopics(kb)) console.error(`  ${t.id}: ${t.title} / ${t.titleZh}`);
  process.exit(1);
}

const spec = buildChartSpec(group, kb);
const l = lang as Lang;
const started = performance.now();
const png = await renderChart(spec, l);
const ms = performance.now() - started;
const out = resolve(values.out);
writeFileSync(out, png);

// The same lines the bot sends with the chart: every figure as written, the comparison, each source.
const [title, ...lines] = chartText(spec, l);
console.log(`${title}  [${spec.groupId}, ${spec.type}]`);
for (const line of lines) console.log(`  ${line}`);
console.log(`wrote ${out} (${CHART_WIDTH}x${CHART_HEIGHT} PNG, ${png.length} bytes) in ${ms.toFixed(0)} ms`);
