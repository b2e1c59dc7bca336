// A whole engine on disk: the validated knowledge and its search index, so a process with many
// reports starts by reading one file instead of re-extracting and re-tokenising everything.
// Layout: 4-byte header length, JSON header (knowledge, vocabulary, posting-list terms), then the
// posting lists as raw little-endian Int32/Float32 arrays.
import { closeSync, openSync, readSync, renameSync, writeFileSync } from "node:fs";
import { z } from "zod";
import type { KnowledgeBase } from "../knowledge/load.js";
import type { Entry, Group, Report, Section } from "../knowledge/schema.js";
import { createEngine, type Engine } from "./engine.js";
import { fromTerms } from "./glossary.js";
import type { IndexData, Postings, SentenceRef } from "./search-index.js";

export const SNAPSHOT_FORMAT = 3;

const HeaderSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.string(),
  reports: z.array(z.object({ meta: z.unknown(), groups: z.array(z.unknown()), skips: z.array(z.unknown()), sections: z.array(z.unknown()) })),
  /** Every string of the entries once; entries refer to them by position, so 100,000 entries share them in memory. */
  strings: z.array(z.string()),
  entries: z.array(z.array(z.unknown())),
  skipped: z.array(z.unknown()),
  glossary: z.record(z.string(), z.string()),
  vocabulary: z.array(z.tuple([z.string(), z.string()])),
  entryTerms: z.array(z.string()),
  sentenceTerms: z.array(z.string()),
  sentenceRefs: z.array(z.tuple([z.number(), z.number()])),
  blobs: z.record(z.string(), z.tuple([z.number(), z.number()])),
});

export function saveSnapshot(engine: Engine, file: string): void {
  const { kb, index, glossary } = engine;
  const stringIds = new Map<string, number>();
  const sentenceOf = (s: string) => {
    let id = stringIds.get(s);
    if (id === undefined) stringIds.set(s, (id = stringIds.size));
    return id;
  };
  // A section's text is its sentences joined; it is stored only where that does not reproduce it.
  const reports = kb.reports.map((r) => ({
    meta: r.meta, groups: r.groups, skips: r.skips,
    sections: r.sections.map(({ text, ...s }) => ({ ...s, ...(text === s.sentences.join(" ") ? {} : { text }), sentences: s.sentences.map(sentenceOf) })),
  }));
  const entries = kb.entries.map((e) => encodeEntry(e, sentenceOf));
  const sectionIndex = new Map(kb.sections.map((s, i) => [`${s.report}\u0000${s.title}`, i]));
  const sentenceRefs = index.sentences.map((r) => [sectionIndex.get(`${r.report}\u0000${r.section}`)!, sentenceOf(r.sentence)] as [number, number]);

  const blobs: Buffer[] = [];
  const blobIndex: Record<string, [number, number]> = {};
  let offset = 0;
  const addBlob = (name: string, array: Int32Array | Uint8Array) => {
    const buf = Buffer.from(array.buffer, array.byteOffset, array.byteLength);
    blobIndex[name] = [offset, buf.length];
    blobs.push(buf);
    offset += buf.length;
  };
  const entryTerms = packPostings("entry", index.entryPostings, addBlob);
  const sentenceTerms = packPostings("sentence", index.sentencePostings, addBlob);

  const header = Buffer.from(JSON.stringify({
    format: SNAPSHOT_FORMAT, version: kb.version, reports, strings: [...stringIds.keys()], entries, skipped: kb.skipped,
    glossary: Object.fromEntries(glossary.terms), vocabulary: [...index.vocabulary], entryTerms, sentenceTerms, sentenceRefs, blobs: blobIndex,
  }));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, Buffer.concat([length, header, ...blobs]));
  renameSync(tmp, file);
}

// Posting lists of all terms concatenated: doc ids, weights, and where each term's list starts.
function packPostings(prefix: string, postings: Postings, addBlob: (name: string, a: Int32Array | Uint8Array) => void): string[] {
  const terms = [...postings.keys()];
  const total = terms.reduce((s, t) => s + postings.get(t)!.docs.length, 0);
  const docs = new Int32Array(total);
  const fields = new Uint8Array(total);
  const starts = new Int32Array(terms.length + 1);
  let at = 0;
  terms.forEach((t, i) => {
    const list = postings.get(t)!;
    starts[i] = at;
    docs.set(list.docs, at);
    fields.set(list.fields, at);
    at += list.docs.length;
  });
  starts[terms.length] = at;
  addBlob(`${prefix}.docs`, docs);
  addBlob(`${prefix}.fields`, fields);
  addBlob(`${prefix}.starts`, starts);
  return terms;
}

// An entry as positions in the string table (numbers and null stay as they are).
const ENTRY_FIELDS = ["id", "report", "section", "region", "year", "label", "written", "sentence", "context", "aliases", "kind", "value", "unit", "end"] as const;

function encodeEntry(e: Entry, intern: (s: string) => number): unknown[] {
  const record = e as unknown as Record<string, unknown>;
  return ENTRY_FIELDS.map((f) => {
    const v = record[f];
    if (typeof v === "string") return intern(v);
    if (Array.isArray(v)) return (v as string[]).map(intern);
    return v === undefined ? null : typeof v === "number" ? { n: v } : v;
  });
}

function decodeEntry(row: unknown[], strings: string[]): Entry {
  const field = (i: number): unknown => {
    const v = row[i];
    if (typeof v === "number") return strings[v];
    if (Array.isArray(v)) return (v as number[]).map((x) => strings[x]);
    if (v && typeof v === "object" && "n" in v) return (v as { n: number }).n;
    return v === null ? undefined : v;
  };
  // One object literal: every entry gets the same hidden class (compact, fast property access).
  const e = {
    id: field(0), report: field(1), section: field(2), region: field(3), year: (field(4) as number | undefined) ?? null,
    label: field(5), written: field(6), sentence: field(7), context: field(8), aliases: field(9), kind: field(10),
    value: field(11), unit: field(12), end: field(13),
  };
  return e as unknown as Entry;
}

export function loadSnapshot(file: string): Engine {
  const fd = openSync(file, "r");
  try {
    return readSnapshot(fd);
  } finally {
    closeSync(fd);
  }
}

// Reads the header, then each blob straight into its own buffer (aligned for its typed array),
// so the file is never held in memory whole.
function readSnapshot(fd: number): Engine {
  const read = (position: number, length: number) => {
    const out = Buffer.allocUnsafeSlow(length);
    if (readSync(fd, out, 0, length, position) !== length) throw new Error("snapshot is truncated");
    return out;
  };
  const headerLength = read(0, 4).readUInt32LE(0);
  const header = HeaderSchema.parse(JSON.parse(read(4, headerLength).toString("utf8")));
  const base = 4 + headerLength;
  const blob = <T extends Int32Array | Uint8Array>(name: string, Type: { new (b: ArrayBuffer, offset: number, length: number): T; BYTES_PER_ELEMENT: number }): T => {
    const [off, len] = header.blobs[name]!;
    const b = read(base + off, len);
    return new Type(b.buffer as ArrayBuffer, b.byteOffset, len / Type.BYTES_PER_ELEMENT);
  };
  const unpack = (prefix: string, terms: string[]): Postings => {
    const docs = blob(`${prefix}.docs`, Int32Array);
    const fields = blob(`${prefix}.fields`, Uint8Array);
    const starts = blob(`${prefix}.starts`, Int32Array);
    const out: Postings = new Map();
    terms.forEach((t, i) => out.set(t, { docs: docs.subarray(starts[i]!, starts[i + 1]!), fields: fields.subarray(starts[i]!, starts[i + 1]!) }));
    return out;
  };

  const sentences = header.strings;
  // Snapshots are written by saveSnapshot from validated knowledge; the shapes are trusted here.
  const reports = header.reports.map((r) => {
    const meta = r.meta as Report["meta"];
    const sections = (r.sections as (Omit<Section, "sentences" | "text"> & { text?: string; sentences: number[] })[]).map((s) => {
      const list = s.sentences.map((i) => sentences[i]!);
      return { ...s, text: s.text ?? list.join(" "), sentences: list };
    });
    const report = { meta, groups: r.groups as Group[], skips: r.skips as Report["skips"], sections, entries: [] as Entry[] } as Report;
    // The cleaned page is not kept: it is rebuilt from the sections on the rare read.
    Object.defineProperty(report, "cleaned", { enumerable: true, get: () => [meta.title, ...sections.map((s) => `【${s.title}】${s.text}`)].join("\n") });
    return report;
  });
  const entries = header.entries.map((e) => decodeEntry(e, sentences));
  const byReport = new Map(reports.map((r) => [r.meta.id, r]));
  for (const e of entries) byReport.get(e.report)?.entries.push(e);
  const allSections = reports.flatMap((r) => r.sections);
  const kb: KnowledgeBase = {
    version: header.version,
    reports,
    sections: allSections,
    entries,
    groups: reports.flatMap((r) => r.groups),
    byId: new Map(entries.map((e) => [e.id, e])),
    skipped: header.skipped as KnowledgeBase["skipped"],
  };
  const sentenceRefs: SentenceRef[] = header.sentenceRefs.map(([section, sentence]) => {
    const s = allSections[section]!;
    return { report: s.report, section: s.title, region: s.region, sentence: sentences[sentence]! };
  });
  const data: IndexData = {
    entryPostings: unpack("entry", header.entryTerms),
    sentencePostings: unpack("sentence", header.sentenceTerms),
    sentences: sentenceRefs,
    vocabulary: new Map(header.vocabulary),
  };
  return createEngine(kb, fromTerms(header.glossary), data);
}
