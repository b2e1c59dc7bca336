// Charts of the report's breakdowns: the API the Discord /chart command and the "Chart" button use.
//
//   ensureChartFonts()                 call at start-up: throws FontError if assets/fonts is incomplete
//   chartTopics(kb)                    autocomplete choices (id + titles)
//   findChart(topic, kb)               group for a free-text topic or an id, or undefined
//   chartForEntry(entryId, kb)         group whose stated total / plan is that entry (answer button)
//   buildChartSpec(group, kb)          the typed spec (figures, gap, shares, sources)
//   renderChart(spec, lang)            PNG bytes, CHART_WIDTH x CHART_HEIGHT
//   chartText(spec, lang)              the figures and their citations as text lines
export {
  buildChartSpec,
  chartForEntry,
  chartTopics,
  ChartSpecError,
  ChartSpecSchema,
  findChart,
  type ChartFigure,
  type ChartSpec,
  type Lang,
  type LocalText,
  type PartsChartSpec,
  type TargetChartSpec,
} from "./groups.js";
export { CHART_HEIGHT, CHART_REGIONS, CHART_WIDTH, chartSummary, renderChart } from "./render.js";
export { chartText, chartTextParts } from "./text.js";
export { ensureChartFonts, FONT_DIR, FONT_FILES, FontError, registerChartFonts } from "./fonts.js";
