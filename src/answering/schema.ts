// The engine's contract with every surface (CLI, Discord gateway, HTTP interactions).
import { z } from "zod";

export const ANSWER_TYPES = ["figure", "derived", "comparison", "yesno", "list", "passage", "none"] as const;

/** Which report an answer comes from. */
export const ReportRefSchema = z.object({
  id: z.string(),
  title: z.string(),
  region: z.string(),
  year: z.number(),
});

/**
 * One report's own answer in a reply that answers from several (a question naming no region): its
 * verdict, figure or computation, which the reply's primary fields give for the first report only.
 */
export const ReportAnswerSchema = z.object({
  report: ReportRefSchema,
  type: z.enum(ANSWER_TYPES),
  verdict: z.enum(["yes", "no"]).nullable(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  /** The answer's opening statement for that report: its figure, verdict or comparison. */
  statement: z.string(),
  arithmetic: z.string().nullable(),
});
export type ReportAnswer = z.infer<typeof ReportAnswerSchema>;

export const CitationSchema = z.object({
  entryId: z.string().nullable(),
  report: z.string(),
  section: z.string(),
  quote: z.string(),
  value: z.union([z.number(), z.string()]).nullable(),
  unit: z.string().nullable(),
  written: z.string().nullable(),
  /** The section's title in the answer's language, for display (localize.ts); `section` stays the report's own title. */
  sectionTitle: z.string().optional(),
});
export type Citation = z.infer<typeof CitationSchema>;

export const RunnerUpSchema = z.object({
  entryId: z.string(),
  label: z.string(),
  figure: z.string(),
  section: z.string(),
});

export const AnswerSchema = z.object({
  question: z.string(),
  language: z.enum(["en", "zh"]),
  answered: z.boolean(),
  /**
   * figure: one figure from the report; derived: computed from cited figures; comparison: two figures
   * weighed; yesno: a verdict on a figure; list: names the report gives; passage: sentences; none.
   */
  type: z.enum(ANSWER_TYPES),
  /** For yes/no questions (and comparisons asked as yes/no): the verdict. */
  verdict: z.enum(["yes", "no"]).nullable(),
  /** For lists: the names the report gives, as written. */
  items: z.array(z.string()),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  /** The figure as a person reads it ("4.418 billion Yuan", "25.35%"). */
  figure: z.string().nullable(),
  /** What the figure measures. */
  label: z.string().nullable(),
  section: z.string().nullable(),
  report: ReportRefSchema.nullable(),
  /**
   * Every report the reply draws on: [report] for one, several when a question naming no region is
   * answered from each report that has it (the primary `report` first), none for a no-answer.
   */
  reports: z.array(ReportRefSchema),
  /** Each report's own answer when the reply answers from several (the primary first); absent for one. */
  byReport: z.array(ReportAnswerSchema).optional(),
  /** The full reply in plain text. */
  text: z.string(),
  arithmetic: z.string().nullable(),
  notes: z.array(z.string()),
  citations: z.array(CitationSchema),
  runnerUps: z.array(RunnerUpSchema),
  /** Nearest topics the reports do cover, for a no-answer: each a section of one report. */
  topics: z.array(z.object({ title: z.string(), report: z.string() })),
  /** The nearest topics as they read in the answer's language (with their report when several are loaded). */
  suggestions: z.array(z.string()),
});
export type Answer = z.infer<typeof AnswerSchema>;

/** The CLI's --json line: the stable, documented subset of an answer. */
export const AnswerJsonSchema = z.object({
  question: z.string(),
  answered: z.boolean(),
  type: z.enum(ANSWER_TYPES),
  verdict: z.enum(["yes", "no"]).nullable(),
  items: z.array(z.string()),
  report: ReportRefSchema.nullable(),
  reports: z.array(ReportRefSchema),
  /** Each report's own answer when the reply answers from several (the primary first), else empty. */
  byReport: z.array(ReportAnswerSchema),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  section: z.string().nullable(),
  text: z.string(),
  citations: z.array(
    z.object({
      /** The id of the report the quote is from (one of `reports`). */
      report: z.string(),
      section: z.string(),
      quote: z.string(),
      value: z.union([z.number(), z.string()]).nullable(),
      unit: z.string().nullable(),
    }),
  ),
});
export type AnswerJson = z.infer<typeof AnswerJsonSchema>;

/** The fields of an answer that gives no figure, fresh each time (its lists are the caller's to fill). */
export function noFigureFields() {
  return {
    arithmetic: null,
    value: null,
    unit: null,
    figure: null,
    label: null,
    section: null,
    report: null,
    reports: [] as Answer["reports"],
    verdict: null,
    items: [] as string[],
  };
}

export function toAnswerJson(a: Answer): AnswerJson {
  return {
    question: a.question,
    answered: a.answered,
    type: a.type,
    verdict: a.verdict,
    items: a.items,
    report: a.report,
    reports: a.reports,
    byReport: a.byReport ?? [],
    value: a.value,
    unit: a.unit,
    section: a.section,
    text: a.text,
    citations: a.citations.map((c) => ({
      report: c.report,
      section: c.section,
      quote: c.quote,
      value: c.value,
      unit: c.unit,
    })),
  };
}

/**
 * The report a citation quotes: a reply that answers from several reports (a question naming no
 * province) quotes each report's own sentence, so each quote names its own report, not the primary one.
 */
export function citedReport(a: Pick<Answer, "report" | "reports">, c: Pick<Citation, "report">) {
  return a.reports.find((r) => r.id === c.report) ?? a.report;
}

// Where a reply's statement ends: its arithmetic, sources and notes follow, each on lines of their own.
const AFTER_STATEMENT = /^(Arithmetic:|Source|Note:|Also, |计算：|出处：|原文：|注：|另，)/;

/**
 * A reply's opening statement: its verdict and figures, its comparison or its names, up to where its
 * arithmetic, sources and notes begin (those are laid out from the answer's fields).
 */
export function statementOf(a: Pick<Answer, "text">): string[] {
  const lines = a.text.split("\n");
  const end = lines.findIndex((l) => AFTER_STATEMENT.test(l));
  return lines.slice(0, end < 0 ? lines.length : end);
}
