// The chart's figures as text lines with their citations, so a chart is never sent on its own.
import type { ChartFigure, ChartSpec, Lang } from "./groups.js";
import { formatFigure } from "./groups.js";
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
export function chartText(spec: ChartSpec, lang: Lang = "en"): string[] {
  const zh = lang === "zh";
  const t = CHART_TERMS[lang];
  const sep = zh ? "：" : ": ";
  const lines = [spec.title[lang]];
  if (spec.type === "parts") {
    for (const b of spec.bars) lines.push(figureLine(b.label[lang], b, lang));
    lines.push(figureLine(t.total, spec.total, lang));
  } else {
    lines.push(figureLine(`${t.plan}${sep}${spec.total.label[lang]}`, spec.total, lang));
    for (const b of spec.bars) lines.push(figureLine(`${t.result}${sep}${b.label[lang]}`, b, lang));
    if (spec.statedShare) lines.push(figureLine(spec.statedShare.label[lang], spec.statedShare, lang));
  }
  lines.push(zh ? `注：${chartSummary(spec, lang)}` : `Note: ${chartSummary(spec, lang)}`);
  const figures = [spec.total, ...spec.bars, ...(spec.type === "target" && spec.statedShare ? [spec.statedShare] : [])];
  // One line per sentence and section: the same sentence under another section is another source.
  const sources = new Map<string, ChartFigure>();
  for (const f of figures) {
    const key = `${f.section.en}\n${f.sentence}`;
    if (!sources.has(key)) sources.set(key, f);
  }
  for (const f of sources.values()) {
    lines.push(zh ? `出处「${f.section.zh}」："${f.sentence}"` : `Source (${f.section.en}): "${f.sentence}"`);
  }
  return lines;
}
