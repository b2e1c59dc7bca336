// Schemas for everything the knowledge layer reads from disk or hands to the engine.
// Types are inferred from these schemas: one source of truth.
import { z } from "zod";

export const ReportMetaSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "lowercase letters, digits and dashes"),
  title: z.string().min(1),
  region: z.string().min(1),
  year: z.number().int().min(1900).max(2100),
  language: z.enum(["en"]).default("en"),
  source: z.string().min(1),
  file: z.string().min(1).default("report.txt"),
  /** Text that starts the scraped site footer; everything from it on is dropped. */
  footerStart: z.string().optional(),
  /** Sections whose subject is another region than the report's (e.g. a Shandong item in a Henan report). */
  sectionRegions: z.record(z.string(), z.string()).default({}),
  /**
   * Section titles in order, for a text without 【】 marks whose headings are not found on their
   * own: each is looked for where it starts a line.
   */
  sections: z.array(z.string().trim().min(1)).min(1).optional(),
});
export type ReportMeta = z.infer<typeof ReportMetaSchema>;

const EntryBase = z.object({
  id: z.string().min(1),
  report: z.string().min(1),
  section: z.string().min(1),
  region: z.string().min(1),
  year: z.number().int().nullable(),
  /** What the figure measures, in words. */
  label: z.string().min(1),
  /** The figure exactly as written in the report, e.g. "4.418 billion Yuan". */
  written: z.string().min(1),
  /** The cleaned sentence the figure comes from. */
  sentence: z.string().min(1),
  /** The clause around the figure: the local context the search weighs most after the label. */
  context: z.string().min(1),
  aliases: z.array(z.string()).default([]),
});

const finite = z.number().finite();

export const MoneyEntrySchema = EntryBase.extend({
  kind: z.literal("money"),
  value: finite,
  unit: z.literal("Yuan"),
});
export const CountEntrySchema = EntryBase.extend({
  kind: z.literal("count"),
  value: finite,
  unit: z.string().min(1),
});
export const PercentEntrySchema = EntryBase.extend({
  kind: z.literal("percent"),
  value: finite,
  unit: z.literal("%"),
});
export const LengthEntrySchema = EntryBase.extend({
  kind: z.literal("length"),
  value: finite,
  unit: z.literal("km"),
});
export const AreaEntrySchema = EntryBase.extend({
  kind: z.literal("area"),
  value: finite,
  unit: z.enum(["square meters", "square kilometers", "mu", "hectares"]),
});
export const DateEntrySchema = EntryBase.extend({
  kind: z.literal("date"),
  /** ISO date or month-day ("2011-01-09", "--12-07"); ranges carry `end`. */
  value: z.string().min(1),
  end: z.string().optional(),
  unit: z.literal("date"),
});

export const EntrySchema = z.discriminatedUnion("kind", [
  MoneyEntrySchema,
  CountEntrySchema,
  PercentEntrySchema,
  LengthEntrySchema,
  AreaEntrySchema,
  DateEntrySchema,
]);
export type Entry = z.infer<typeof EntrySchema>;
export type EntryKind = Entry["kind"];
export type NumericEntry = Exclude<Entry, { kind: "date" }>;

export const isNumeric = (e: Entry): e is NumericEntry => e.kind !== "date";

/** Curated additions for one report, keyed by entry id (knowledge/reports/<id>/annotations.json). */
export const AnnotationSchema = z.object({
  label: z.string().min(1).optional(),
  aliases: z.array(z.string().min(1)).default([]),
  /** Overrides the unit the extractor guessed (e.g. "villages" where the noun is far from the figure). */
  unit: z.string().min(1).optional(),
});
export type Annotation = z.infer<typeof AnnotationSchema>;

export const SkipSchema = z.object({
  /** Section title, or "*" for every section. */
  section: z.string().min(1),
  /** Regular expression, matched against the sentence, whose first group (or whole match) holds the skipped number. */
  pattern: z.string().min(1),
  reason: z.string().min(3),
});
export type Skip = z.infer<typeof SkipSchema>;

export const GroupSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  title: z.string().min(1),
  titleZh: z.string().optional(),
  type: z.enum(["parts", "target"]),
  /** parts: the stated total; target: the planned figure. */
  total: z.string(),
  /** parts: the components; target: the achieved figure(s). */
  parts: z.array(z.string()).min(1),
  /** For target groups: the share of the plan the report states, if any. */
  statedShare: z.string().optional(),
});
export type Group = z.infer<typeof GroupSchema>;

export const AnnotationsFileSchema = z.object({
  entries: z.record(z.string(), AnnotationSchema).default({}),
  sections: z
    .record(
      z.string(),
      z.object({ aliases: z.array(z.string()).default([]), titleZh: z.string().optional() }),
    )
    .default({}),
  skips: z.array(SkipSchema).default([]),
  groups: z.array(GroupSchema).default([]),
});
export type AnnotationsFile = z.infer<typeof AnnotationsFileSchema>;

export const SectionSchema = z.object({
  report: z.string(),
  index: z.number().int().min(0),
  title: z.string().min(1),
  titleZh: z.string().optional(),
  region: z.string(),
  text: z.string().min(1),
  sentences: z.array(z.string().min(1)).min(1),
  aliases: z.array(z.string()).default([]),
});
export type Section = z.infer<typeof SectionSchema>;

export type Report = {
  meta: ReportMeta;
  cleaned: string;
  sections: Section[];
  entries: Entry[];
  groups: Group[];
  skips: Skip[];
};
