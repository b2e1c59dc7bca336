// How an upload changes the report folders: the knowledge as it would be with the upload in
// place (checked before anything is written), how to write it into a staged copy of reports/,
// and what it would drop. Curated data is never dropped silently: a bundle that brings no
// annotations keeps the report's annotations.json (dropping them takes an explicit empty
// "annotations": {}), and everything a bundle does remove is named in the result's notes.
import { join } from "node:path";
import { knowledgeVersion, type ReportFiles } from "../load.js";
import type { Violation } from "../validate.js";
import { curatedSummary, describeCurated } from "./curated.js";
import type { StoreFs } from "./files.js";
import { foreignEntries, isPlainFileName, type ParsedUpload } from "./upload.js";

/** One report folder on disk: its folder name, its files as the loader reads them, its id if readable. */
export type Folder = { name: string; files: ReportFiles; id: string | undefined };

export type Plan = {
  candidate: Folder[];
  /** The folder under reports/ the upload goes to. */
  folder: string;
  saved: string[];
  /** What the moderator should know: curated data kept or removed. */
  notes: string[];
  /** Put in front of the errors if the candidate does not load (the kept annotations may not fit). */
  ifInvalid: string[];
  /** The upload holds exactly what the folder holds already: nothing to write. */
  unchanged: boolean;
  write: (fs: StoreFs, reports: string) => void;
};

/** The knowledge as it would be with the upload in place, and how to write it. */
export function planUpload(upload: ParsedUpload, folders: Folder[]): Plan | { errors: string[] } {
  const existing = folders.find((f) => f.id === upload.id);
  if (upload.kind === "facts" && upload.creates) {
    if (existing)
      return {
        errors: [
          `report "${upload.id}" is loaded already: upload its facts without "meta" and "text", or a bundle to replace the report`,
        ],
      };
    const foreign = foreignEntries(upload.id, upload.entryReports);
    if (foreign.length > 0) return { errors: foreign };
    const name = upload.id;
    const clash = folders.find((f) => f.name === name);
    if (clash)
      return { errors: [`meta.id: the folder reports/${name} already holds report "${clash.id ?? "?"}"`] };
    const { meta, text, textFile } = upload.creates;
    const content = [
      { name: "meta.json", content: toJson(meta) },
      { name: textFile, content: text },
      { name: "facts.json", content: toJson(upload.facts) },
    ];
    return {
      candidate: replace(folders, { name, id: upload.id, files: { meta, text, facts: upload.facts } }),
      folder: name,
      saved: content.map((c) => `reports/${name}/${c.name}`),
      notes: [],
      ifInvalid: [],
      unchanged: false,
      write: (fs, reports) => writeFolder(fs, reports, name, content),
    };
  }
  if (upload.kind === "facts") {
    if (!existing) {
      const known = folders.map((f) => f.id).filter((id): id is string => id !== undefined);
      return {
        errors: [
          `report: unknown report id "${upload.id}"; the knowledge has ${known.length ? known.map((k) => `"${k}"`).join(", ") : "no reports"}`,
        ],
      };
    }
    const foreign = foreignEntries(upload.id, upload.entryReports);
    if (foreign.length > 0) return { errors: foreign };
    const files: ReportFiles = {
      ...existing.files,
      facts: upload.facts,
      ...withProblems(existing, (p) => !p.message.startsWith(`reports/${existing.name}/facts.json:`)),
    };
    const content = [{ name: "facts.json", content: toJson(upload.facts) }];
    return {
      candidate: replace(folders, { ...existing, files }),
      folder: existing.name,
      saved: [`reports/${existing.name}/facts.json`],
      notes: [],
      ifInvalid: [],
      unchanged: sameJson(existing.files, files),
      write: (fs, reports) => writeFolder(fs, reports, existing.name, content),
    };
  }

  const name = existing?.name ?? upload.id;
  const clash = folders.find((f) => f.name === name && f !== existing);
  if (clash)
    return { errors: [`meta.id: the folder reports/${name} already holds report "${clash.id ?? "?"}"`] };
  const notes: string[] = [];
  const ifInvalid: string[] = [];
  // A bundle without annotations keeps the report's curated ones: dropping them is asked for
  // with an explicit "annotations": {}.
  const kept = upload.annotations === undefined ? existing?.files.annotations : undefined;
  const keptSummary = kept !== undefined ? curatedSummary(kept) : undefined;
  if (keptSummary) {
    notes.push(
      `the bundle has no "annotations": kept the curated annotations of "${upload.id}" (${describeCurated(keptSummary)}); to remove them, upload the bundle with "annotations": {}`,
    );
    ifInvalid.push(
      `the bundle has no "annotations", so the curated annotations of "${upload.id}" (${describeCurated(keptSummary)}) were kept, and they do not fit the new text (below); ` +
        'upload the bundle with its "annotations", or with "annotations": {} to drop them',
    );
  }
  const dropped =
    upload.annotations !== undefined && existing ? curatedSummary(existing.files.annotations) : undefined;
  if (dropped && !curatedSummary(upload.annotations)) {
    notes.push(
      `removed the curated annotations of "${upload.id}" (${describeCurated(dropped)}), as the bundle's empty "annotations" asks`,
    );
  }
  if (existing?.files.facts !== undefined) {
    notes.push(
      `removed reports/${name}/facts.json (curated entries for the old text): a bundle replaces the whole report`,
    );
  }
  const files: ReportFiles = {
    meta: upload.meta,
    text: upload.text,
    annotations: upload.annotations ?? kept,
    facts: undefined,
    // An annotations.json kept that could not be read still keeps its report from loading.
    ...(existing && upload.annotations === undefined
      ? withProblems(existing, (p) => p.message.startsWith(`reports/${existing.name}/annotations.json:`))
      : {}),
  };
  const content = [
    { name: "meta.json", content: toJson(upload.meta) },
    { name: upload.textFile, content: upload.text },
    ...(upload.annotations !== undefined
      ? [{ name: "annotations.json", content: toJson(upload.annotations) }]
      : []),
  ];
  const saved = content.map((c) => `reports/${name}/${c.name}`);
  if (!existing) {
    return {
      candidate: replace(folders, { name, id: upload.id, files }),
      folder: name,
      saved,
      notes,
      ifInvalid,
      unchanged: false,
      write: (fs, reports) => writeFolder(fs, reports, name, content),
    };
  }
  // The bundle is the whole report: files it does not bring (curated facts for the old text, a
  // text file under another name) are removed; annotations it does not bring are kept (above).
  const oldText = (existing.files.meta as { file?: unknown } | undefined)?.file;
  const remove = [
    "facts.json",
    ...(typeof oldText === "string" && oldText !== upload.textFile && isPlainFileName(oldText)
      ? [oldText]
      : []),
    ...(upload.textFile !== "report.txt" ? ["report.txt"] : []),
  ];
  return {
    candidate: replace(folders, { ...existing, id: upload.id, files: { ...files, folder: existing.name } }),
    folder: name,
    saved,
    notes,
    ifInvalid,
    unchanged: sameJson(existing.files, files),
    write: (fs, reports) => writeFolder(fs, reports, name, content, remove),
  };
}

/** In folder `name` of `reports`: removes `remove`, then writes `files` (replacing any of the same name). */
function writeFolder(
  fs: StoreFs,
  reports: string,
  name: string,
  files: { name: string; content: string }[],
  remove: string[] = [],
): void {
  const folder = join(reports, name);
  fs.mkdir(folder);
  for (const n of new Set([...remove, ...files.map((f) => f.name)])) fs.remove(join(folder, n));
  for (const f of files) fs.writeFile(join(folder, f.name), Buffer.from(f.content, "utf8"));
}

/** The folders with `folder` in place of the one of the same name (or added), in loader order. */
function replace(folders: Folder[], folder: Folder): Folder[] {
  return [...folders.filter((f) => f.name !== folder.name), folder].sort((a, b) =>
    a.name.localeCompare(b.name),
  );
}

// The loader's view of a folder: equal views load as the same version (load.ts hashes the same
// JSON, without the folder name, which an upload's files do not carry).
const sameJson = (a: ReportFiles, b: ReportFiles) => knowledgeVersion([a]) === knowledgeVersion([b]);

/** The read problems of `existing` that still hold once the upload is in place ({} when none). */
function withProblems(existing: Folder, keep: (p: Violation) => boolean): Pick<ReportFiles, "problems"> {
  const problems = (existing.files.problems ?? []).filter(keep);
  return problems.length > 0 ? { problems } : { problems: undefined };
}

const toJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
