// Reads an uploaded file into a report bundle or a facts file, or says exactly why it cannot.
// Only shape is checked here; whether the knowledge still holds together is checked by
// building it (see store.ts).
import { z } from "zod";
import { FILE_MAX_BYTES, formatBytes } from "../limits.js";
import { AnnotationsFileSchema, EntrySchema, ReportMetaSchema } from "../schema.js";
import { zodProblems } from "../../util/zod.js";

export const UPLOAD_MAX_BYTES = FILE_MAX_BYTES;
/** Content types an upload may declare (parameters such as charset aside); null means undeclared. */
export const UPLOAD_CONTENT_TYPES = ["application/json", "text/json", "text/plain"] as const;
const UPLOAD_CHARSETS = ["utf-8", "utf8", "us-ascii"] as const;
/** File names a bundle's meta.file may not take: they hold the report's other files. */
export const RESERVED_FILE_NAMES = ["meta.json", "annotations.json", "facts.json"] as const;

/** A plain file name (letters, digits, ".", "_", "-") that is none of the report's other files. */
export const isPlainFileName = (name: string) =>
  /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) && !(RESERVED_FILE_NAMES as readonly string[]).includes(name);

export type Upload = {
  filename: string;
  contentType: string | null;
  data: Buffer;
  /** The moderator confirmed that the upload may repeat a loaded report (same region, year and text) under another id. */
  confirmDuplicate?: boolean;
};

export type ParsedUpload =
  | { kind: "bundle"; id: string; textFile: string; meta: unknown; text: string; annotations: unknown }
  | {
      kind: "facts";
      id: string;
      facts: unknown;
      entryReports: string[];
      /** A facts file for a report not loaded yet carries the report: its meta and text (as a bundle would). */
      creates?: { textFile: string; meta: unknown; text: string } | undefined;
    };

type UploadParse = { ok: true; upload: ParsedUpload } | { ok: false; errors: string[] };

const BundleSchema = z.strictObject({
  meta: ReportMetaSchema,
  text: z.string().refine((t) => t.trim().length > 0, "report text is empty"),
  annotations: AnnotationsFileSchema.optional(),
});

const FactsUploadSchema = z
  .strictObject({
    report: z.string().min(1),
    entries: z.array(EntrySchema).min(1, "a facts file needs at least one entry"),
    meta: ReportMetaSchema.optional(),
    text: z
      .string()
      .refine((t) => t.trim().length > 0, "report text is empty")
      .optional(),
  })
  .refine((f) => (f.meta === undefined) === (f.text === undefined), {
    message: 'a facts file that creates a report carries both its "meta" and its "text"',
  })
  .refine((f) => f.meta === undefined || f.meta.id === f.report, {
    message: '"meta.id" must be the facts file\'s "report"',
    path: ["meta", "id"],
  });

const SHAPES =
  'a report bundle {"meta", "text", "annotations"?} or a facts file {"report", "entries", "meta"?, "text"?}';

export function parseUpload(upload: Upload): UploadParse {
  const fail = (...errors: string[]): UploadParse => ({ ok: false, errors });
  const { data } = upload;
  if (data.length === 0) return fail("the file is empty");
  if (data.length > UPLOAD_MAX_BYTES) {
    return fail(
      `the file is ${formatBytes(data.length)}; the limit is ${formatBytes(UPLOAD_MAX_BYTES)} (${UPLOAD_MAX_BYTES} bytes)`,
    );
  }
  const typeProblem = contentTypeProblem(upload.contentType);
  if (typeProblem) return fail(typeProblem);

  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    return fail(`the file is not valid UTF-8 text (first bad byte near offset ${firstInvalidUtf8(data)})`);
  }
  if (text.trim().length === 0) return fail("the file is empty (only whitespace)");

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(`the file is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return fail(
      `the file holds ${Array.isArray(json) ? "an array" : json === null ? "null" : `a ${typeof json}`}; expected ${SHAPES}`,
    );
  }
  const keys = Object.keys(json);
  // A facts file may carry "meta" and "text" too (to create its report): "entries" decides.
  if (keys.includes("entries") || keys.includes("report")) return parseFacts(json);
  if (keys.includes("meta") || keys.includes("text")) return parseBundle(json);
  return fail(
    `the file is neither ${SHAPES}; its keys are ${keys.length ? keys.map((k) => `"${k}"`).join(", ") : "none"}`,
  );
}

function parseBundle(json: object): UploadParse {
  const r = BundleSchema.safeParse(json);
  if (!r.success) return { ok: false, errors: zodProblems(r.error) };
  const raw = json as { meta: unknown; text: string; annotations?: unknown };
  const textFile = r.data.meta.file;
  if (!isPlainFileName(textFile)) return { ok: false, errors: [badFileName(textFile)] };
  // The raw values are kept: they are what gets saved, so the version computed now is the
  // version every later load of the saved files computes.
  return {
    ok: true,
    upload: {
      kind: "bundle",
      id: r.data.meta.id,
      textFile,
      meta: raw.meta,
      text: raw.text,
      annotations: raw.annotations,
    },
  };
}

function parseFacts(json: object): UploadParse {
  const r = FactsUploadSchema.safeParse(json);
  if (!r.success) return { ok: false, errors: zodProblems(r.error) };
  const { report, entries } = r.data;
  const errors: string[] = [];
  const firstAt = new Map<string, number>();
  entries.forEach((e, i) => {
    const first = firstAt.get(e.id);
    if (first !== undefined)
      errors.push(`entries.${i}.id: duplicate entry id "${e.id}" (already used by entries.${first})`);
    else firstAt.set(e.id, i);
  });
  if (errors.length > 0) return { ok: false, errors };
  const raw = json as { meta?: unknown; text?: string };
  let creates: { textFile: string; meta: unknown; text: string } | undefined;
  if (r.data.meta !== undefined && raw.text !== undefined) {
    const textFile = r.data.meta.file;
    if (!isPlainFileName(textFile)) return { ok: false, errors: [badFileName(textFile)] };
    creates = { textFile, meta: raw.meta, text: raw.text };
  }
  // The facts file saved is the entries alone: the meta and text go to their own files.
  const { meta: _meta, text: _text, ...facts } = json as Record<string, unknown>;
  return {
    ok: true,
    upload: {
      kind: "facts",
      id: report,
      facts: creates ? facts : json,
      entryReports: entries.map((e) => e.report),
      creates,
    },
  };
}

const badFileName = (textFile: string) =>
  `meta.file: "${textFile}" must be a plain file name (letters, digits, ".", "_", "-") other than ${RESERVED_FILE_NAMES.join(", ")}`;

/** Entries of a facts file that name another report than the file is for (checked once the report is known). */
export function foreignEntries(report: string, entryReports: string[]): string[] {
  return entryReports.flatMap((r, i) =>
    r === report
      ? []
      : [`entries.${i}.report: "${r}" is not the report this facts file is for ("${report}")`],
  );
}

function contentTypeProblem(contentType: string | null): string | undefined {
  if (contentType === null || contentType.trim() === "") return undefined;
  const [type = "", ...params] = contentType.split(";").map((p) => p.trim().toLowerCase());
  if (!(UPLOAD_CONTENT_TYPES as readonly string[]).includes(type)) {
    return `content type "${contentType}" is not accepted: upload a JSON file (${UPLOAD_CONTENT_TYPES.join(", ")})`;
  }
  for (const p of params) {
    const [key, value = ""] = p.split("=").map((x) => x.trim().replace(/^"|"$/g, ""));
    if (key === "charset" && !(UPLOAD_CHARSETS as readonly string[]).includes(value)) {
      return `content type "${contentType}": charset "${value}" is not accepted; the file must be UTF-8`;
    }
  }
  return undefined;
}

function firstInvalidUtf8(data: Buffer): number {
  // Decode growing prefixes is quadratic; walk the bytes instead (well-formedness only, like the decoder).
  let i = 0;
  while (i < data.length) {
    const b = data[i]!;
    const len =
      b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > data.length) return i;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(data.subarray(i, i + len));
    } catch {
      return i;
    }
    i += len;
  }
  return i;
}
