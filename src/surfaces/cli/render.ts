// How the CLI shows an answer to a person in a terminal, in the answer's language. The engine has
// already written figures, labels, notes and section titles in that language (answering/localize.ts);
// this only lays them out. Quotes stay in the report's English: in Chinese they are labelled 原文.
import { type Answer, citedReport, statementOf } from "../../answering/schema.js";

const WORDS = {
  en: {
    computed: "computed: ",
    also: "also, ",
    colon: ": ",
    note: "note: ",
    alsoClose: "also close:",
    quote: "",
    head: "  — ",
    dash: " — ",
    open: " (",
    close: ")",
  },
  zh: {
    computed: "计算：",
    also: "另，",
    colon: "：",
    note: "注：",
    alsoClose: "相近的数字：",
    quote: "原文：",
    head: "  —— ",
    dash: " —— ",
    open: "（",
    close: "）",
  },
} as const;

/** Where a quote comes from: the section (in Chinese, its Chinese title then the English one) and the report. */
function sourceLine(a: Answer, c: Answer["citations"][number]): string {
  const zh = a.language === "zh";
  const section =
    zh && c.sectionTitle && c.sectionTitle !== c.section
      ? `「${c.sectionTitle}」（${c.section}）`
      : c.section;
  const report = citedReport(a, c);
  if (!report) return section;
  return zh
    ? `${section}，《${report.title}》（${report.year}）`
    : `${section}, ${report.title} (${report.year})`;
}

export function renderForTerminal(a: Answer): string {
  if (!a.answered) return a.text;
  const w = WORDS[a.language];
  const lines: string[] = [];
  // A comparison or a check is its verdict and its figures, and a list its names, not one figure.
  if (a.type === "comparison" || a.type === "yesno" || a.type === "list") lines.push(...statementOf(a));
  else if (a.figure) lines.push(`${a.figure}${a.label ? `${w.head}${a.label}` : ""}`);
  else if (a.language === "zh") lines.push(a.text.split("\n")[0] ?? "");
  if (a.arithmetic) lines.push(`  ${w.computed}${a.arithmetic}`);
  // Each other report's own verdict, figure or computation, before the sources of all of them.
  for (const r of a.byReport?.slice(1) ?? []) {
    lines.push(`  ${w.also}${r.report.region} ${r.report.year}${w.colon}${r.statement.replace(/\n/g, " ")}`);
    if (r.arithmetic) lines.push(`    ${w.computed}${r.arithmetic}`);
  }
  // Two inputs of one computation often come from one sentence: quote it once.
  const seen = new Set<string>();
  for (const c of a.citations) {
    const key = `${c.report}\u0000${c.section}\u0000${c.quote}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(`  ${w.quote}“${c.quote}”`, `     ${w.dash.trim()} ${sourceLine(a, c)}`);
  }
  for (const n of a.notes) lines.push(`  ${w.note}${n}`);
  if (a.runnerUps.length > 0)
    lines.push(
      `  ${w.alsoClose}`,
      ...a.runnerUps.map((r) => `   · ${r.figure}${w.dash}${r.label}${w.open}${r.section}${w.close}`),
    );
  return lines.join("\n");
}
