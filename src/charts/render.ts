// Draws a ChartSpec as a PNG: chart.js on @napi-rs/canvas, horizontal bars (long labels read best
// on the left), white background for Discord's dark theme, labels in English or Chinese, every bar
// labelled with its figure in the report's units. Parts that miss the stated total show the gap.
import { createCanvas, type SKRSContext2D } from "@napi-rs/canvas";
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  SubTitle,
  Title,
  type ChartConfiguration,
  type ChartItem,
  type Plugin,
  type Scale,
} from "chart.js";
import { ensureChartFonts, FONT_STACK } from "./fonts.js";
import { formatFigure, formatRounded, yuanScale } from "../knowledge/figures.js";
import { ZH_UNITS } from "../knowledge/units.js";
import type { ChartSpec, Lang, PartsChartSpec, TargetChartSpec } from "./groups.js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Title, SubTitle);

export const CHART_WIDTH = 1000;
export const CHART_HEIGHT = 560;
const PADDING = 20;
/** Fixed width of the category (label) axis on the left. */
const Y_AXIS_WIDTH = 300;
/** Fixed height of the value axis at the bottom: tick labels and the unit title. */
const X_AXIS_HEIGHT = 46;
const FOOTER_HEIGHT = 26;
const LABEL_FONT_PX = 13;

/** Space under the value axis: the source line. */
const BOTTOM_PAD = FOOTER_HEIGHT + PADDING - 8;

/** Where text must appear on every chart (tests look for ink there). */
export const CHART_REGIONS = {
  title: { x: 0, y: 0, w: CHART_WIDTH, h: 50 },
  /** Category labels, left of the bars (below title and subtitle, above the value axis). */
  yLabels: { x: PADDING, y: 110, w: Y_AXIS_WIDTH - 30, h: CHART_HEIGHT - BOTTOM_PAD - X_AXIS_HEIGHT - 110 },
  /** Value ticks and the unit title, under the bars (clear of the grid lines). */
  xLabels: {
    x: PADDING + Y_AXIS_WIDTH,
    y: CHART_HEIGHT - BOTTOM_PAD - X_AXIS_HEIGHT + 6,
    w: CHART_WIDTH - 2 * PADDING - Y_AXIS_WIDTH,
    h: X_AXIS_HEIGHT - 6,
  },
  /** The source line. */
  footer: { x: 0, y: CHART_HEIGHT - BOTTOM_PAD + 2, w: CHART_WIDTH, h: BOTTOM_PAD - 2 },
} as const;

const COLORS = {
  text: "#1a1a1a",
  muted: "#4a4a4a",
  grid: "#e3e3e3",
  part: "#3b6fb6",
  sum: "#9fb8dc",
  total: "#1f3b63",
  gap: "#e07b00",
  plan: "#8c8c8c",
  resultMet: "#2e8b57",
  resultShort: "#e07b00",
} as const;

/** The chart's own words (bar labels, the gap), also used by chartText. */
export const CHART_TERMS = {
  en: {
    sum: "Sum of the parts listed",
    gapShort: "Gap: stated total minus the parts",
    gapExcess: "Gap: the parts exceed the stated total",
    total: "Stated total",
    plan: "Plan",
    result: "Result",
    gapWord: "gap",
    ofPlan: "of plan",
  },
  zh: {
    sum: "所列各部分合计",
    gapShort: "差额：所述总额减各部分",
    gapExcess: "差额：各部分超出所述总额",
    total: "所述总额",
    plan: "计划",
    result: "完成",
    gapWord: "差额",
    ofPlan: "完成计划",
  },
} as const;

/** A value axis scale: divisor and unit title, e.g. billions of Yuan. */
function axisScale(max: number, unit: string, lang: Lang): { div: number; title: string } {
  if (unit === "Yuan") {
    const s = yuanScale(max, lang === "zh");
    return { div: s.div, title: s.unit };
  }
  return { div: 1, title: lang === "zh" ? (ZH_UNITS[unit] ?? unit) : unit };
}

let measurer: SKRSContext2D | undefined;
function measure(text: string, font: string): number {
  measurer ??= createCanvas(8, 8).getContext("2d");
  measurer.font = font;
  return measurer.measureText(text).width;
}

/** Wraps text to lines no wider than maxWidth (Han text breaks anywhere); truncates the last line with "…". */
function wrapText(text: string, font: string, maxWidth: number, maxLines: number): string[] {
  const tokens = text.match(/\p{Script=Han}|[^\s\p{Script=Han}]+|\s+/gu) ?? [];
  const lines: string[] = [];
  let line = "";
  const push = () => {
    lines.push(line.trim());
    line = "";
  };
  for (const token of tokens) {
    if (/^\s+$/.test(token)) {
      if (line) line += " ";
      continue;
    }
    if (measure(line + token, font) <= maxWidth) {
      line += token;
      continue;
    }
    if (line.trim()) push();
    // A single word wider than the line: break it by characters.
    let word = token;
    while (measure(word, font) > maxWidth && word.length > 1) {
      let n = word.length - 1;
      while (n > 1 && measure(word.slice(0, n), font) > maxWidth) n--;
      line = word.slice(0, n);
      push();
      word = word.slice(n);
    }
    line = word;
  }
  if (line.trim()) push();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? "";
  while (last.length > 1 && measure(`${last}…`, font) > maxWidth) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

type Row = {
  label: string;
  /** One value per dataset (stacked); null where the dataset has no bar in this row. */
  values: (number | null)[];
  colors: string[];
  /** The figure written at the end of the bar. */
  text: string;
  /** Small label inside the second segment (the gap), if it fits. */
  segmentText?: string;
};

type Layout = { rows: Row[]; subtitle: string; planLine?: number };

function partsLayout(spec: PartsChartSpec, lang: Lang): Layout {
  const t = CHART_TERMS[lang];
  const fmt = (v: number) => formatFigure(v, spec.unit, lang);
  // A bar of one figure, labelled with it (only the stated total's bar may stack the gap on top).
  const bar = (label: string, value: number, color: string): Row => ({
    label,
    values: [value, null],
    colors: [color, COLORS.gap],
    text: fmt(value),
  });
  const rows: Row[] = spec.bars.map((b) => bar(b.label[lang], b.value, COLORS.part));
  const total = spec.total.value;
  const gap = spec.gap;
  let subtitle: string;
  if (!gap) {
    rows.push(bar(t.total, total, COLORS.total));
    subtitle =
      lang === "zh"
        ? `所列各部分合计${fmt(spec.sum)}，与所述总额${fmt(total)}一致。`
        : `The parts listed add up to the stated total of ${fmt(total)}.`;
    return { rows, subtitle };
  }
  const pct = `${Math.abs(gap.relative * 100).toFixed(1)}%`;
  rows.push(bar(t.sum, spec.sum, COLORS.sum));
  if (gap.value > 0) {
    rows.push(bar(t.gapShort, gap.value, COLORS.gap));
    // The stated total as one bar: the parts' sum and, stacked on it, the gap.
    rows.push({
      label: t.total,
      values: [spec.sum, gap.value],
      colors: [COLORS.sum, COLORS.gap],
      text: fmt(total),
      segmentText: t.gapWord,
    });
    subtitle =
      lang === "zh"
        ? `所列各部分合计${fmt(spec.sum)}，比所述总额${fmt(total)}少${fmt(gap.value)}（${pct}）：差额以橙色显示。`
        : `The parts listed add up to ${fmt(spec.sum)}, ${fmt(gap.value)} (${pct}) less than the stated total of ${fmt(total)}: the gap is shown in orange.`;
  } else {
    rows.push(bar(t.gapExcess, -gap.value, COLORS.gap));
    rows.push(bar(t.total, total, COLORS.total));
    subtitle =
      lang === "zh"
        ? `所列各部分合计${fmt(spec.sum)}，比所述总额${fmt(total)}多${fmt(-gap.value)}（${pct}）：差额以橙色显示。`
        : `The parts listed add up to ${fmt(spec.sum)}, ${fmt(-gap.value)} (${pct}) more than the stated total of ${fmt(total)}: the gap is shown in orange.`;
  }
  return { rows, subtitle };
}

function targetLayout(spec: TargetChartSpec, lang: Lang): Layout {
  const t = CHART_TERMS[lang];
  const fmt = (v: number) => formatFigure(v, spec.unit, lang);
  const plan = spec.total.value;
  const sep = lang === "zh" ? "：" : ": ";
  const rows: Row[] = [
    {
      label: `${t.plan}${sep}${spec.total.label[lang]}`,
      values: [plan],
      colors: [COLORS.plan],
      text: fmt(plan),
    },
  ];
  spec.bars.forEach((b, i) => {
    const share = spec.shares[i] ?? 0;
    rows.push({
      label: `${t.result}${sep}${b.label[lang]}`,
      values: [b.value],
      colors: [b.value >= plan ? COLORS.resultMet : COLORS.resultShort],
      text:
        lang === "zh" ? `${fmt(b.value)}（${t.ofPlan}${share}%）` : `${fmt(b.value)} (${share}% ${t.ofPlan})`,
    });
  });
  const stated = spec.statedShare;
  const results = spec.bars.map((b, i) => ({ b, share: spec.shares[i] ?? 0 }));
  const subtitle =
    lang === "zh"
      ? `${results.map(({ b, share }) => `完成${fmt(b.value)}，为计划${fmt(plan)}的${share}%`).join("；")}${stated ? `（报告所述：${stated.written}）` : "（报告未给出完成比例）"}。`
      : `${results.map(({ b, share }) => `Result ${fmt(b.value)} = ${share}% of the plan of ${fmt(plan)}`).join("; ")}${stated ? ` (the report states ${stated.written})` : " (the report states no share)"}.`;
  return { rows, subtitle, planLine: plan };
}

/** The sentence under the title: how the parts compare with the total, or the result with the plan. */
export function chartSummary(spec: ChartSpec, lang: Lang): string {
  return (spec.type === "parts" ? partsLayout(spec, lang) : targetLayout(spec, lang)).subtitle;
}

/** The source line at the foot of the chart. */
function footerText(spec: ChartSpec, lang: Lang): string {
  const { title, year } = spec.report;
  if (lang === "zh")
    return `出处：${title}（${year}），${spec.sections.map((s) => `「${s.zh}」`).join("、")}部分`;
  const s = spec.sections.map((x) => `“${x.en}”`).join(", ");
  return `Source: ${title} (${year}), section${spec.sections.length > 1 ? "s" : ""} ${s}`;
}

const font = (px: number, bold = false) => `${bold ? "bold " : ""}${px}px ${FONT_STACK}`;

/** Paints the whole canvas white before anything else: Discord's dark theme would show through. */
const whiteBackground: Plugin<"bar"> = {
  id: "whiteBackground",
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = "destination-over";
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

function annotations(layout: Layout, footer: string): Plugin<"bar"> {
  return {
    id: "reportAnnotations",
    beforeDatasetsDraw(chart) {
      if (layout.planLine === undefined) return;
      const { ctx, chartArea, scales } = chart;
      const x = scales.x?.getPixelForValue(layout.planLine);
      if (x === undefined) return;
      ctx.save();
      ctx.strokeStyle = COLORS.plan;
      ctx.lineWidth = 1.5;
      ctx.setLineDash([6, 4]);
      ctx.beginPath();
      ctx.moveTo(x, chartArea.top);
      ctx.lineTo(x, chartArea.bottom);
      ctx.stroke();
      ctx.restore();
    },
    afterDatasetsDraw(chart) {
      const { ctx, chartArea } = chart;
      ctx.save();
      ctx.textBaseline = "middle";
      layout.rows.forEach((row, i) => {
        let end: { x: number; y: number; height: number } | undefined;
        chart.data.datasets.forEach((_, d) => {
          const bar = chart.getDatasetMeta(d).data[i] as unknown as
            | { x: number; y: number; base: number; height: number }
            | undefined;
          if (!bar || row.values[d] == null) return;
          if (!end || bar.x > end.x) end = { x: bar.x, y: bar.y, height: bar.height };
          if (d === 1 && row.segmentText) {
            ctx.font = font(12, true);
            const w = ctx.measureText(row.segmentText).width;
            if (Math.abs(bar.x - bar.base) >= w + 8) {
              ctx.fillStyle = "#ffffff";
              ctx.textAlign = "center";
              ctx.fillText(row.segmentText, (bar.x + bar.base) / 2, bar.y);
            }
          }
        });
        if (!end) return;
        ctx.font = font(LABEL_FONT_PX, true);
        const w = ctx.measureText(row.text).width;
        const outside = end.x + 6 + w <= chartArea.right;
        ctx.fillStyle = outside ? COLORS.text : "#ffffff";
        ctx.textAlign = outside ? "left" : "right";
        ctx.fillText(row.text, outside ? end.x + 6 : end.x - 6, end.y);
      });
      ctx.restore();
    },
    afterDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.font = font(12);
      ctx.fillStyle = COLORS.muted;
      ctx.textAlign = "left";
      ctx.textBaseline = "bottom";
      const line = wrapText(footer, font(12), CHART_WIDTH - 2 * PADDING, 1)[0] ?? "";
      ctx.fillText(line, PADDING, CHART_HEIGHT - PADDING + 6);
      ctx.restore();
    },
  };
}

function chartConfig(spec: ChartSpec, lang: Lang): ChartConfiguration<"bar", (number | null)[], string[]> {
  const layout = spec.type === "parts" ? partsLayout(spec, lang) : targetLayout(spec, lang);
  const maxValue = Math.max(...layout.rows.map((r) => r.values.reduce<number>((s, v) => s + (v ?? 0), 0)), 0);
  const axis = axisScale(maxValue, spec.unit, lang);
  const labelLines = layout.rows.length > 6 ? 2 : 3;
  const labels = layout.rows.map((r) =>
    wrapText(r.label, font(LABEL_FONT_PX), Y_AXIS_WIDTH - 24, labelLines),
  );
  const datasets = [0, 1]
    .filter((d) => layout.rows.some((r) => r.values[d] != null))
    .map((d) => ({
      data: layout.rows.map((r) => r.values[d] ?? null),
      backgroundColor: layout.rows.map((r) => r.colors[d] ?? COLORS.part),
      borderWidth: 0,
      barPercentage: 0.8,
      maxBarThickness: 60,
      categoryPercentage: 0.85,
      stack: "figures",
    }));
  const tickText = (v: number) => formatRounded(v / axis.div, 3);
  return {
    type: "bar",
    data: { labels, datasets },
    options: {
      indexAxis: "y",
      responsive: false,
      animation: false,
      devicePixelRatio: 1,
      layout: { padding: { top: 4, left: PADDING, right: PADDING, bottom: BOTTOM_PAD } },
      plugins: {
        legend: { display: false },
        tooltip: { enabled: false },
        title: {
          display: true,
          text: wrapText(spec.title[lang], font(21, true), CHART_WIDTH - 2 * PADDING, 2),
          font: { family: FONT_STACK, size: 21, weight: "bold" },
          color: COLORS.text,
          align: "start",
          padding: { top: 14, bottom: 4 },
        },
        subtitle: {
          display: true,
          text: wrapText(layout.subtitle, font(14), CHART_WIDTH - 2 * PADDING, 2),
          font: { family: FONT_STACK, size: 14 },
          color: COLORS.muted,
          align: "start",
          padding: { bottom: 14 },
        },
      },
      scales: {
        x: {
          type: "linear",
          stacked: true,
          beginAtZero: true,
          suggestedMax: maxValue * 1.3,
          grid: { color: COLORS.grid, drawTicks: false },
          border: { display: false },
          ticks: {
            font: { family: FONT_STACK, size: 12 },
            color: COLORS.muted,
            padding: 6,
            callback: (v) => tickText(Number(v)),
          },
          title: {
            display: true,
            text: axis.title,
            font: { family: FONT_STACK, size: 13 },
            color: COLORS.muted,
            padding: { top: 4 },
          },
          afterFit: (scale: Scale) => {
            scale.height = X_AXIS_HEIGHT;
          },
        },
        y: {
          type: "category",
          stacked: true,
          grid: { display: false },
          border: { color: "#999999" },
          ticks: {
            font: { family: FONT_STACK, size: LABEL_FONT_PX },
            color: COLORS.text,
            autoSkip: false,
            padding: 8,
          },
          afterFit: (scale: Scale) => {
            scale.width = Y_AXIS_WIDTH;
          },
        },
      },
    },
    plugins: [whiteBackground, annotations(layout, footerText(spec, lang))],
  };
}

/** Renders a chart to PNG bytes (async encoder: no event-loop stall, no memory growth). */
export async function renderChart(spec: ChartSpec, lang: Lang = "en"): Promise<Buffer> {
  ensureChartFonts();
  const canvas = createCanvas(CHART_WIDTH, CHART_HEIGHT);
  const chart = new Chart(canvas as unknown as ChartItem, chartConfig(spec, lang));
  try {
    return await canvas.encode("png");
  } finally {
    chart.destroy();
  }
}
