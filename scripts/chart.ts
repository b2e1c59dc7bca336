// `npm run chart -- "topic" --out FILE.png [--lang zh]`: renders the chart the bot would send for a
// topic, prints what it drew (title, figures, gap or share, sources) and the render time.
// An unknown topic lists the available charts and exits 1; a wrong command line prints the usage
// and exits 2; missing fonts or invalid knowledge print one message and exit 1.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  buildChartSpec,
  CHART_HEIGHT,
  CHART_WIDTH,
  chartText,
  chartTopics,
  ensureChartFonts,
  findChart,
  renderChart,
  type Lang,
} from "../src/charts/index.js";
import { CoreConfigSchema, parseEnvOrExit } from "../src/config/core.js";
import { loadKnowledge } from "../src/knowledge/load.js";
import { EXIT_FAILURE, parseCommandLine, runCommand, UsageError } from "../src/surfaces/cli/command-line.js";

const usage = 'usage: npm run chart -- "topic" --out FILE.png [--lang en|zh]';
await runCommand("chart", usage, async () => {
  const { values, positionals } = parseCommandLine({
    allowPositionals: true,
    options: {
      out: { type: "string", short: "o" },
      lang: { type: "string", default: "en" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const topic = positionals.join(" ").trim();
  const lang = values.lang;
  if (!topic) throw new UsageError("no topic given");
  if (!values.out) throw new UsageError("--out FILE.png is required");
  if (lang !== "en" && lang !== "zh") throw new UsageError(`--lang must be en or zh, not ${lang}`);

  ensureChartFonts();

  const kb = loadKnowledge(parseEnvOrExit(CoreConfigSchema).KNOWLEDGE_DIR);
  const group = findChart(topic, kb);
  if (!group) {
    console.error(`No chart matches "${topic}". Available charts:`);
    for (const t of chartTopics(kb)) console.error(`  ${t.id}: ${t.title} / ${t.titleZh}`);
    process.exit(EXIT_FAILURE);
  }

  const spec = buildChartSpec(group, kb);
  const l = lang as Lang;
  const started = performance.now();
  const png = await renderChart(spec, l);
  const ms = performance.now() - started;
  const out = resolve(values.out);
  try {
    writeFileSync(out, png);
  } catch (error) {
    throw new UsageError(
      `cannot write --out file ${out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }

  // The same lines the bot sends with the chart: every figure as written, the comparison, each source.
  const [title, ...lines] = chartText(spec, l);
  console.log(`${title}  [${spec.groupId}, ${spec.type}]`);
  for (const line of lines) console.log(`  ${line}`);
  console.log(
    `wrote ${out} (${CHART_WIDTH}x${CHART_HEIGHT} PNG, ${png.length} bytes) in ${ms.toFixed(0)} ms`,
  );
});
