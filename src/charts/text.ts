// The chart's figures as text lines with their citations, so a chart is never sent on its own.
import { formatFigure } from "../knowledge/figures.js";
import type { ChartFigure, ChartSpec, Lang } from "./groups.js";
import { CHART_TERMS, chartSummary } from "./render.js";

function figureLine(label: string, f: ChartFigure, lang: Lang): string {
  const formatted = formatFigure(f.value, f.unit, lang);
  const extra = formatted !== f.written ? (lang === "zh" ? `（${formatted}）` : ` (${formatted})`) : "";
  return lang === "zh" ? `- ${label}：${f.written}${extra}` : `- ${label}: ${f.written}${extra}`;
}

/**
 * Title, every figure as the report writes it, the comparison (gap or share of plan), and each
 * source sentence with its section. Quotes stay in the report's own words (English).
 */
/** A chart as text, in parts: its figures, the gap or share note, and one source line per section and sentence. */
export type ChartTextParts = { title: string; figures: string[]; note: string; sources: string[] };

export function chartTextParts(spec: ChartSpec, lang: Lang = "en"): ChartTextParts {
  const zh = lang === "zh";
  const t = CHART_TERMS[lang];
  const sep = zh ? "：" : ": ";
  const figures: string[] = [];
  if (spec.type === "parts") {
    for (const b of spec.bars) figures.push(figureLine(b.label[lang], b, lang));
    figures.push(figureLine(t.total, spec.total, lang));
  } else {
    figures.push(figureLine(`${t.plan}${sep}${spec.total.label[lang]}`, spec.total, lang));
    for (const b of spec.bars) figures.push(figureLine(`${t.result}${sep}${b.label[lang]}`, b, lang));
    if (spec.statedShare) figures.push(figureLine(spec.statedShare.label[lang], spec.statedShare, lang));
  }
  const note = zh ? `注：${chartSummary(spec, lang)}` : `Note: ${chartSummary(spec, lang)}`;
  const cited = [
    spec.total,
    ...spec.bars,
    ...(spec.type === "target" && spec.statedShare ? [spec.statedShare] : []),
  ];
  // One line per sentence and section: the same sentence under another section is another source.
  const bySource = new Map<string, ChartFigure>();
  for (const f of cited) {
    const key = `${f.section.en}\n${f.sentence}`;
    if (!bySource.has(key)) bySource.set(key, f);
  }
  const sources = [...bySource.values()].map((f) =>
    zh ? `出处「${f.section.zh}」："${f.sentence}"` : `Source (${f.section.en}): "${f.sentence}"`,
  );
  return { title: spec.title[lang], figures, note, sources };
}

/** The same, as lines: title, figures, note, sources. */
export function chartText(spec: ChartSpec, lang: Lang = "en"): string[] {
  const p = chartTextParts(spec, lang);
  return [p.title, ...p.figures, p.note, ...p.sources];
}
