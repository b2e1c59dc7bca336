// Translates engine results into Discord embeds, every part cut to Discord's limits.
import { EmbedBuilder, type APIEmbed } from "discord.js";
import type { Engine } from "../../answering/engine.js";
import { type Answer, citedReport } from "../../answering/schema.js";
import { entryFigure, formatFigure } from "../../knowledge/figures.js";
import { labelIn, sectionChinese } from "../../answering/zh.js";
import { chartTextParts, type ChartSpec, type Lang } from "../../charts/index.js";
import { describeSkippedReport } from "../../knowledge/load.js";
import type { Entry, Section } from "../../knowledge/schema.js";
import type { ReportChange, ReportRef } from "../../knowledge/store.js";
import {
  EMBED_AUTHOR_NAME_MAX,
  EMBED_DESCRIPTION_MAX,
  EMBED_FIELD_NAME_MAX,
  EMBED_FIELD_VALUE_MAX,
  EMBED_FIELDS_MAX,
  EMBED_FOOTER_MAX,
  EMBED_TITLE_MAX,
  EMBED_TOTAL_MAX,
} from "./limits.js";
import { localeFor, type Locale } from "./locales/index.js";
import { sectionEntries } from "./lookup.js";
import { reportTags } from "./report-tags.js";
import { clip, quote, sanitize } from "./sanitize.js";
import type { RefreshResult } from "./types.js";

const COLOR_ANSWER = 0x2e7d32;
const COLOR_NONE = 0x9e9e9e;
const COLOR_ERROR = 0xc62828;
const RUNNER_UPS_MAX = 3;
/** The asker's question, shown (escaped) at the top of the answer. */
const QUESTION_ECHO_MAX = 300;
const questionLine = (q: string) => `❓ ${sanitize(clip(q.replace(/\s+/g, " ").trim(), QUESTION_ECHO_MAX))}`;

/** `keep`: a figure's source, dropped to fit the total only after the description has been shortened. */
export type Field = { name: string; value: string; inline?: boolean; keep?: boolean };

/** Characters Discord counts towards EMBED_TOTAL_MAX. */
function embedLength(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

type EmbedParts = {
  title: string;
  description?: string;
  fields?: Field[];
  footer?: string;
  color?: number;
  author?: string;
};

/**
 * Builds an embed with every part clipped. To fit the total it drops trailing fields, except the
 * ones marked `keep` (a figure's source must not vanish while its figure stays), then shortens the
 * description, and only then drops kept fields too.
 */
function buildEmbed(p: EmbedParts): EmbedBuilder {
  const given = (p.fields ?? []).filter((f) => f.value.trim().length > 0).slice(0, EMBED_FIELDS_MAX);
  const keep = given.map((f) => f.keep === true);
  const fields = given.map((f) => ({
    name: clip(f.name, EMBED_FIELD_NAME_MAX),
    value: clip(f.value, EMBED_FIELD_VALUE_MAX),
    inline: f.inline ?? false,
  }));
  const data: APIEmbed = { title: clip(p.title, EMBED_TITLE_MAX) };
  if (p.description) data.description = clip(p.description, EMBED_DESCRIPTION_MAX);
  if (p.footer) data.footer = { text: clip(p.footer, EMBED_FOOTER_MAX) };
  if (p.author) data.author = { name: clip(p.author, EMBED_AUTHOR_NAME_MAX) };
  if (p.color !== undefined) data.color = p.color;
  data.fields = fields;
  for (let i = fields.length - 1; i >= 0 && embedLength(data) > EMBED_TOTAL_MAX; i--)
    if (!keep[i]) fields.splice(i, 1);
  const over = embedLength(data) - EMBED_TOTAL_MAX;
  if (over > 0 && data.description)
    data.description = clip(data.description, Math.max(1, data.description.length - over));
  while (embedLength(data) > EMBED_TOTAL_MAX && fields.length > 0) fields.pop();
  if (fields.length === 0) delete data.fields;
  return new EmbedBuilder(data);
}

const footerOf = (
  section: string | null,
  report: { title: string; year: number } | null | undefined,
): string | undefined =>
  [section, report ? `${report.title} (${report.year})` : null].filter(Boolean).join(" · ") || undefined;

type Citation = Answer["citations"][number];

/** A cited section: in Chinese its Chinese title with the report's own (English) title after it, so it can be found. */
const sectionOf = (c: Pick<Citation, "section" | "sectionTitle">, t: Locale) =>
  c.sectionTitle && c.sectionTitle !== c.section ? t.sectionCited(c.sectionTitle, c.section) : c.section;

/** Where a quote is from: its section, and its report when the reply quotes several reports. */
function citedFrom(a: Answer, c: Citation, t: Locale): string {
  const report = a.reports.length > 1 ? citedReport(a, c) : undefined;
  return [sectionOf(c, t), report ? `${report.title} (${report.year})` : null].filter(Boolean).join(" · ");
}

/** A source field's name: the figure in the answer's language (44.18亿元), or the section for a quoted passage. */
function sourceName(a: Answer, c: Citation, t: Locale): string {
  const what =
    typeof c.value === "number" && c.unit && c.unit !== "date"
      ? formatFigure(c.value, c.unit, a.language)
      : (c.written ?? sectionOf(c, t));
  return `${t.source}${t.colon}${what}`;
}

/** A quote from the report, in its own (English) words; a Chinese reply labels it 原文. */
const quoted = (text: string, t: Locale) =>
  t.quoteLabel ? `${t.quoteLabel}\n${quote(sanitize(text))}` : quote(sanitize(text));

/** A verdict leads its figure ("Yes · 206300 people"); a list is names, not a passage. */
function titleOf(a: Answer, t: Locale): string {
  const figure =
    a.figure ??
    (a.type === "list" ? t.listTitle : a.type === "passage" ? t.passageTitle : (a.label ?? t.passageTitle));
  return a.verdict ? `${a.verdict === "yes" ? t.verdictYes : t.verdictNo} · ${figure}` : figure;
}

/** The reply to a question: the same embed for /ask, mentions, DMs and the context menu. */
export function answerEmbed(a: Answer): EmbedBuilder {
  const t = localeFor(a.language);
  if (!a.answered) {
    const first = a.text.split("\n")[0] ?? t.noAnswerLine;
    return buildEmbed({
      title: t.noAnswerTitle,
      description: `${questionLine(a.question)}\n\n${sanitize(first)}`,
      fields: a.suggestions.length
        ? [{ name: t.tryInstead, value: a.suggestions.map((s) => `• ${sanitize(s)}`).join("\n") }]
        : [],
      color: COLOR_NONE,
    });
  }
  const answerLine = a.text.split("\n")[0] ?? "";
  const main = a.citations[0];
  const description = [
    questionLine(a.question),
    sanitize(answerLine),
    main && a.citations.length === 1 ? quoted(main.quote, t) : null,
  ]
    .filter(Boolean)
    .join("\n\n");
  const fields: Field[] = [];
  if (a.arithmetic) fields.push({ name: t.arithmetic, value: sanitize(a.arithmetic) });
  // Each other report's own verdict, figure or computation (a question naming no province).
  for (const r of a.byReport?.slice(1) ?? []) {
    const arithmetic = r.arithmetic ? `\n${t.arithmetic}${t.colon}${r.arithmetic}` : "";
    fields.push({
      name: `${r.report.region} ${r.report.year}`,
      value: sanitize(`${r.statement}${arithmetic}`),
      keep: true,
    });
  }
  if (a.citations.length > 1) {
    for (const c of a.citations) {
      fields.push({
        name: sourceName(a, c, t),
        value: `${quoted(c.quote, t)}\n— ${sanitize(citedFrom(a, c, t))}`,
        keep: true,
      });
    }
  }
  if (a.notes.length)
    fields.push({ name: t.notes, value: a.notes.map((n) => `• ${sanitize(n)}`).join("\n") });
  if (a.runnerUps.length) {
    fields.push({
      name: t.alsoClose,
      value: a.runnerUps
        .slice(0, RUNNER_UPS_MAX)
        .map((r) => `• ${sanitize(t.runnerUp(r.figure, r.label, r.section))}`)
        .join("\n"),
    });
  }
  return buildEmbed({
    title: sanitize(titleOf(a, t)),
    description,
    fields,
    footer: footerOf(main ? sectionOf(main, t) : a.section, a.report),
    color: COLOR_ANSWER,
  });
}

/**
 * The embed around a chart image: the chart as its image (`attachment://<imageName>`), and, so the
 * chart never stands alone, every figure as the report writes it, the comparison, each source
 * sentence with its section (chartTextParts), the gap when the parts do not add up, and the footer.
 */
export function chartEmbed(spec: ChartSpec, lang: Lang, imageName: string): EmbedBuilder {
  const t = localeFor(lang);
  const { figures, note, sources } = chartTextParts(spec, lang);
  const description = [
    figures.map((l) => `• ${sanitize(l.replace(/^- /, ""))}`).join("\n"),
    sanitize(note),
    sources.map((l) => quote(sanitize(l))).join("\n"),
  ]
    .filter(Boolean)
    .join("\n\n");
  const fields: Field[] = [];
  if (spec.type === "parts" && spec.gap) {
    const fmt = (v: number) => formatFigure(v, spec.unit, lang);
    const total = lang === "en" ? spec.total.written : fmt(spec.total.value);
    const percent = (Math.abs(spec.gap.relative) * 100).toFixed(1);
    const say = spec.gap.value > 0 ? t.chartGap : t.chartExcess;
    fields.push({
      name: t.chartGapTitle,
      value: sanitize(say(fmt(Math.abs(spec.gap.value)), percent, fmt(spec.sum), total)),
    });
  }
  return buildEmbed({
    title: sanitize(spec.title[lang]),
    description,
    fields,
    footer: footerOf(spec.sections.map((s) => s[lang]).join(", "), spec.report),
    color: COLOR_ANSWER,
  }).setImage(`attachment://${imageName}`);
}

export function entryEmbed(engine: Engine, entry: Entry): EmbedBuilder {
  const report = engine.kb.reports.find((r) => r.meta.id === entry.report)?.meta;
  return buildEmbed({
    title: sanitize(entry.written),
    description: `${sanitize(entry.label)}\n\n${quote(sanitize(entry.sentence))}`,
    footer: footerOf(entry.section, report),
    color: COLOR_ANSWER,
  });
}

const FIGURES_PER_PAGE = 10;
const SUMMARY_SENTENCES = 2;

/** A section as pages: the summary on every page, its figures split so each page fits one embed. */
export function sectionPages(engine: Engine, section: Section, t: Locale): EmbedBuilder[] {
  const report = engine.kb.reports.find((r) => r.meta.id === section.report)?.meta;
  const summary = quote(sanitize(section.sentences.slice(0, SUMMARY_SENTENCES).join(" ")));
  // In Chinese the figures, their labels and the title are Chinese; the summary stays a quote.
  const lines = sectionEntries(engine, section).map((e) =>
    clip(
      `• **${sanitize(entryFigure(e, t.lang))}** — ${sanitize(labelIn(e, t.lang, engine.glossary))}`,
      EMBED_FIELD_VALUE_MAX,
    ),
  );
  const zhTitle = t.lang === "zh" ? sectionChinese(section.title, engine, section.report) : undefined;
  const title = sanitize(zhTitle ? t.sectionCited(zhTitle, section.title) : section.title);
  const footer = footerOf(null, report);
  const budget = EMBED_DESCRIPTION_MAX - summary.length - 64;
  const pages: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const line of lines) {
    if (current.length >= FIGURES_PER_PAGE || (current.length > 0 && size + line.length + 1 > budget)) {
      pages.push(current);
      current = [];
      size = 0;
    }
    current.push(line);
    size += line.length + 1;
  }
  if (current.length || pages.length === 0) pages.push(current);
  return pages.map((page, i) =>
    buildEmbed({
      title,
      description: `${summary}\n\n**${t.figuresInSection}**\n${page.length ? page.join("\n") : t.noFigures}`,
      footer: [pages.length > 1 ? t.page(i + 1, pages.length) : null, footer].filter(Boolean).join(" · "),
      color: COLOR_ANSWER,
    }),
  );
}

/** One field per report; with several, each is headed by its region and year first, the way they are told apart. */
export function sectionsEmbed(engine: Engine, t: Locale): EmbedBuilder {
  const reports = reportTags(engine.kb);
  const fields: Field[] = engine.kb.reports.map((r) => ({
    name: sanitize(
      reports.tag(r.meta.id)
        ? `${reports.tag(r.meta.id)} · ${r.meta.title}`
        : `${r.meta.title} (${r.meta.year})`,
    ),
    value: engine.kb.sections
      .filter((s) => s.report === r.meta.id)
      .map((s) => {
        const zh = t.lang === "zh" ? sectionChinese(s.title, engine, s.report) : undefined;
        return `${s.index + 1}. ${sanitize(zh ? t.sectionCited(zh, s.title) : s.title)}`;
      })
      .join("\n"),
  }));
  return buildEmbed({ title: t.sectionsTitle, fields, color: COLOR_ANSWER });
}

/** Labels and unlabelled figures listed per report in the /refresh reply (the store sends at most this many). */
const LISTED_PER_REPORT = 5;
/** Failed audit checks listed per report; the rest are counted in the line above them. */
const AUDIT_FAILURES_LISTED = 3;

const nameOf = (r: ReportRef, t: Locale) => sanitize(t.reportName(r.region, r.year, r.title, r.id));

/** What a refresh did to one report: its new figures, its audit, and the figures it could not label. */
function reportChangeField(r: ReportChange, title: (name: string) => string, t: Locale): Field {
  const labels = r.newFigures.labels.slice(0, LISTED_PER_REPORT);
  const lines = [
    t.newFigures(
      r.newFigures.count,
      labels.map((l) => sanitize(l)).join("; "),
      r.newFigures.count - labels.length,
    ),
  ];
  const failed = r.audit.failed;
  if (failed.length === 0) lines.push(t.auditPassed(r.audit.checks));
  else {
    lines.push(t.auditFailed(r.audit.checks, failed.length));
    for (const f of failed.slice(0, AUDIT_FAILURES_LISTED))
      lines.push(`• ${sanitize(`${f.title}: ${f.detail}`)}`);
  }
  if (r.unlabelled.count > 0) {
    const figures = r.unlabelled.figures.slice(0, LISTED_PER_REPORT);
    lines.push(
      t.unlabelled(
        r.unlabelled.count,
        figures.map((f) => sanitize(f)).join("; "),
        r.unlabelled.count - figures.length,
      ),
    );
  }
  return { name: title(nameOf(r, t)), value: lines.join("\n") };
}

/**
 * The /refresh reply: the counts, then each report added, changed or removed by name (with its new
 * figures, audit and unlabelled figures), the reports on disk that are not served and why, and
 * warnings about served ones. A refresh that changed nothing (a byte-identical upload) says so in
 * the message text above (the store's note) and lists no reports.
 */
export function refreshEmbed(result: RefreshResult, t: Locale): EmbedBuilder {
  if (!result.ok) {
    return buildEmbed({
      title: t.refreshFailed(result.action),
      description: result.errors.map((e) => `• ${sanitize(e)}`).join("\n") || "—",
      color: COLOR_ERROR,
    });
  }
  const d = result.diff;
  const fields: Field[] = [
    {
      name: t.counts,
      value: [
        t.countLine("reports", d.reports.before, d.reports.after),
        t.countLine("sections", d.sections.before, d.sections.after),
        t.countLine("entries", d.entries.before, d.entries.after),
      ].join("\n"),
      keep: true,
    },
    {
      name: t.changes,
      value: t.entryChanges(d.entries.added.length, d.entries.removed.length, d.entries.changed.length),
      keep: true,
    },
    {
      name: t.version,
      value: `${sanitize(String(result.previousVersion ?? "—"))} → ${sanitize(String(result.version))}`,
      keep: true,
    },
  ];
  const { added, changed, removed } = result.reports;
  for (const r of added) fields.push(reportChangeField(r, t.reportAdded, t));
  for (const r of changed) fields.push(reportChangeField(r, t.reportChanged, t));
  if (removed.length > 0)
    fields.push({ name: t.reportsRemoved, value: removed.map((r) => `• ${nameOf(r, t)}`).join("\n") });
  if (result.skippedReports.length > 0)
    fields.push({
      name: t.skippedReports,
      value: result.skippedReports.map((s) => `• ${sanitize(describeSkippedReport(s))}`).join("\n"),
      keep: true,
    });
  if (result.warnings.length > 0)
    fields.push({
      name: t.reportWarnings,
      value: result.warnings.map((w) => `• ${sanitize(`${w.report}: ${w.message}`)}`).join("\n"),
    });
  return buildEmbed({ title: t.refreshDone(result.action), fields, color: COLOR_ANSWER });
}

export function helpEmbed(t: Locale): EmbedBuilder {
  return buildEmbed({ title: t.helpTitle, description: t.help, color: COLOR_ANSWER });
}
