// A whole engine on disk: the validated knowledge and its search index, so a process with many
// reports starts by reading one file instead of re-extracting and re-tokenising everything.
// Layout: 4-byte header length, a small JSON header (report metadata, sections, groups), then
// binary tables: one string table (UTF-8 + offsets) that every text refers to by position, the
// entries as rows of string positions and numbers, and the posting lists as typed arrays.
// Large knowledge stays compact: no JSON parse of 100,000 entries, and equal strings are shared.
import { closeSync, fstatSync, openSync, readSync, renameSync, writeFileSync } from "node:fs";
import { StringDecoder } from "node:string_decoder";
import { z } from "zod";
import type { KnowledgeBase } from "../knowledge/load.js";
import type { Entry, Group, Report, Section } from "../knowledge/schema.js";
import { createEngine, type Engine } from "./engine.js";
import { fromTerms } from "../knowledge/glossary.js";
import { sectionKey } from "../knowledge/section-key.js";
import type { IndexData, Postings, SentenceRef } from "./search-index.js";
import { getOrInsertComputed } from "../util/maps.js";

export const SNAPSHOT_FORMAT = 5;

const HeaderSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.string(),
  reports: z.array(
    z.object({
      meta: z.unknown(),
      groups: z.array(z.unknown()),
      skips: z.array(z.unknown()),
      sections: z.array(z.unknown()),
    }),
  ),
  skipped: z.array(z.unknown()),
  // What the load said about the folder, so an engine started from a snapshot can say it too.
  skippedReports: z.array(z.unknown()).default([]),
  warnings: z.array(z.unknown()).default([]),
  glossary: z.record(z.string(), z.string()),
  entryCount: z.number().int().min(0),
  blobs: z.record(z.string(), z.tuple([z.number(), z.number()])),
});

type Typed = Int32Array | Uint8Array | Float64Array;

// String fields of an entry, in row order; numbers (year, value) are kept apart as doubles.
const STRING_FIELDS = [
  "id",
  "report",
  "section",
  "region",
  "label",
  "written",
  "sentence",
  "context",
  "kind",
  "unit",
] as const;
const NONE = -1;

class StringTable {
  readonly ids = new Map<string, number>();
  id(s: string): number {
    return getOrInsertComputed(this.ids, s, () => this.ids.size);
  }
}

export function saveSnapshot(engine: Engine, file: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, snapshotBytes(engine));
  renameSync(tmp, file);
}

// Read by position rather than whole: with 100,000 entries the file is tens of MB, and only the
// header and the binary part are needed, each once.
export function loadSnapshot(file: string): Engine {
  const fd = openSync(file, "r");
  try {
    return readSnapshot(fstatSync(fd).size, (out, position) => readSync(fd, out, 0, out.length, position));
  } finally {
    closeSync(fd);
  }
}

/** An engine from snapshot bytes (what snapshotBytes returns); throws on bytes that are not a whole snapshot. */
export function engineFromSnapshot(bytes: Buffer): Engine {
  return readSnapshot(bytes.length, (out, position) => bytes.copy(out, 0, position, position + out.length));
}

/** The snapshot as bytes (what saveSnapshot writes), for callers that wrap it (engine-cache.ts). */
export function snapshotBytes(engine: Engine): Buffer {
  const { kb, index, glossary } = engine;
  const strings = new StringTable();

  // A section's text is its sentences joined; it is stored only where that does not reproduce it.
  const reports = kb.reports.map((r) => ({
    meta: r.meta,
    groups: r.groups,
    skips: r.skips,
    sections: r.sections.map(({ text, ...s }) => ({
      ...s,
      ...(text === s.sentences.join(" ") ? {} : { text }),
      sentences: s.sentences.map((x) => strings.id(x)),
    })),
  }));

  const n = kb.entries.length;
  const rows = new Int32Array(n * STRING_FIELDS.length);
  const years = new Float64Array(n);
  const values = new Float64Array(n);
  const ends = new Int32Array(n);
  const aliasStarts = new Int32Array(n + 1);
  const aliasIds: number[] = [];
  kb.entries.forEach((e, i) => {
    const record = e as unknown as Record<string, unknown>;
    STRING_FIELDS.forEach((f, k) => {
      rows[i * STRING_FIELDS.length + k] = strings.id(String(record[f]));
    });
    years[i] = e.year ?? Number.NaN;
    // Dates keep their ISO value as a string; every other kind a number.
    values[i] = e.kind === "date" ? strings.id(e.value) : e.value;
    ends[i] = e.kind === "date" && e.end !== undefined ? strings.id(e.end) : NONE;
    aliasStarts[i] = aliasIds.length;
    for (const a of e.aliases) aliasIds.push(strings.id(a));
  });
  aliasStarts[n] = aliasIds.length;

  const vocabulary = Int32Array.from(
    [...index.vocabulary].flatMap(([surface, stem]) => [strings.id(surface), strings.id(stem)]),
  );
  const sectionIndex = new Map(kb.sections.map((s, i) => [sectionKey(s.report, s.title), i]));
  const sentenceRefs = Int32Array.from(
    index.sentences.flatMap((r) => [
      sectionIndex.get(sectionKey(r.report, r.section))!,
      strings.id(r.sentence),
    ]),
  );

  const blobs: Buffer[] = [];
  const blobIndex: Record<string, [number, number]> = {};
  let offset = 0;
  const add = (name: string, array: Typed | Buffer) => {
    // Every blob starts on an 8-byte boundary so it can be viewed as any typed array in place.
    const pad = (8 - (offset % 8)) % 8;
    if (pad) {
      blobs.push(Buffer.alloc(pad));
      offset += pad;
    }
    const buf = Buffer.isBuffer(array)
      ? array
      : Buffer.from(array.buffer, array.byteOffset, array.byteLength);
    blobIndex[name] = [offset, buf.length];
    blobs.push(buf);
    offset += buf.length;
  };
  add("entries.rows", rows);
  add("entries.years", years);
  add("entries.values", values);
  add("entries.ends", ends);
  add("entries.aliasStarts", aliasStarts);
  add("entries.aliasIds", Int32Array.from(aliasIds));
  add("vocabulary", vocabulary);
  add("sentenceRefs", sentenceRefs);
  packPostings("entry", index.entryPostings, strings, add);
  packPostings("sentence", index.sentencePostings, strings, add);
  // The string table last: everything above has been interned by now.
  const texts = [...strings.ids.keys()].map((s) => Buffer.from(s, "utf8"));
  const textOffsets = new Int32Array(texts.length + 1);
  texts.forEach((t, i) => {
    textOffsets[i + 1] = textOffsets[i]! + t.length;
  });
  add("strings.offsets", textOffsets);
  add("strings.bytes", Buffer.concat(texts));

  const header = Buffer.from(
    JSON.stringify({
      format: SNAPSHOT_FORMAT,
      version: kb.version,
      reports,
      skipped: kb.skipped,
      skippedReports: kb.skippedReports ?? [],
      warnings: kb.warnings ?? [],
      glossary: Object.fromEntries(glossary.terms),
      entryCount: n,
      blobs: blobIndex,
    }),
  );
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const headerPad = Buffer.alloc((8 - ((4 + header.length) % 8)) % 8);
  return Buffer.concat([length, header, headerPad, ...blobs]);
}

// Posting lists are already three flat arrays; the terms are stored as string positions in order.
function packPostings(
  prefix: string,
  postings: Postings,
  strings: StringTable,
  add: (name: string, a: Typed) => void,
): void {
  add(
    `${prefix}.terms`,
    Int32Array.from(postings.terms.keys(), (t) => strings.id(t)),
  );
  add(`${prefix}.docs`, postings.docs);
  add(`${prefix}.fields`, postings.fields);
  add(`${prefix}.starts`, postings.starts);
}

// A section's text is its sentences joined (unless stored because it differs): built on the rare
// read (/section summaries) instead of holding every report's text twice.
function withSectionText(section: Omit<Section, "text">, text: string | undefined): Section {
  if (text !== undefined) return { ...section, text };
  Object.defineProperty(section, "text", { enumerable: true, get: () => section.sentences.join(" ") });
  return section as Section;
}

// The cleaned page is not kept: it is rebuilt from the sections on the rare read. Defined outside
// readSnapshot so the getter's closure does not keep that function's buffers alive.
function withRebuiltCleanedText(report: Omit<Report, "cleaned">): Report {
  Object.defineProperty(report, "cleaned", {
    enumerable: true,
    get: () => [report.meta.title, ...report.sections.map((s) => `【${s.title}】${s.text}`)].join("\n"),
  });
  return report as Report;
}

// A clause is a piece of its sentence: a slice shares the sentence's characters instead of copying them.
function sliceOf(sentence: string, clause: string): string {
  const at = sentence.indexOf(clause);
  return at < 0 ? clause : sentence.slice(at, at + clause.length);
}

// Entries of one kind of figure carry the same aliases (a report's annotations name each kind once,
// and the same curated list recurs across reports): entries with equal lists share one array, of
// exactly its length. An array grown by push keeps room for 17 elements, and 100,000 of them cost
// ~15 MB resident where the ~14,000 distinct lists cost ~1 MB. Nothing mutates an entry's aliases.
function sharedAliasLists(strings: string[], starts: Cursor, ids: Cursor): (entry: number) => string[] {
  const lists = new Map<string, string[]>();
  return (i) => {
    const from = starts.int32(i);
    const to = starts.int32(i + 1);
    let key = "";
    for (let a = from; a < to; a++) key += `${ids.int32(a)},`;
    return getOrInsertComputed(lists, key, () => {
      const list = new Array<string>(to - from);
      for (let a = from; a < to; a++) list[a - from] = strings[ids.int32(a)]!;
      return list;
    });
  };
}

type Fill = (out: Buffer, position: number) => number;

// The tables read only while loading (the string table, the entries' rows, the header) pass through
// small windows instead of buffers of their whole size: a buffer of megabytes, freed once decoded,
// raises the C allocator's threshold for mapping memory of its own, after which the next ones come
// from its heap and stay resident as holes (~13 MB at 100,000 entries). A window is under that
// threshold from the start, and reused.
const WINDOW_BYTES = 64 * 1024;

/** Sequential reads of one table of the file, through a window of WINDOW_BYTES. */
class Cursor {
  private readonly window = Buffer.allocUnsafeSlow(WINDOW_BYTES);
  /** Table offset of the window's first byte, and how many bytes it holds. */
  private first = 0;
  private held = 0;
  constructor(
    private readonly fill: Fill,
    private readonly start: number,
    private readonly length: number,
  ) {}
  /** The window offset of the table's bytes [at, at + n), read in if the window lacks them. */
  private bring(at: number, n: number): number {
    if (n === 0) return 0;
    if (at < this.first || at + n > this.first + this.held) {
      const held = Math.min(WINDOW_BYTES, this.length - at);
      if (held < n || this.fill(this.window.subarray(0, held), this.start + at) !== held)
        throw new Error("snapshot is truncated");
      this.first = at;
      this.held = held;
    }
    return at - this.first;
  }
  int32(i: number): number {
    return this.window.readInt32LE(this.bring(i * 4, 4));
  }
  float64(i: number): number {
    return this.window.readDoubleLE(this.bring(i * 8, 8));
  }
  /** The table's bytes [from, to), at most a window's worth, valid until the next read. */
  bytes(from: number, to: number): Buffer {
    const at = this.bring(from, to - from);
    return this.window.subarray(at, at + to - from);
  }
  /** The table's bytes [from, to) as UTF-8 text; a text longer than the window is read on its own. */
  utf8(from: number, to: number): string {
    if (to - from > WINDOW_BYTES) {
      const own = Buffer.allocUnsafe(to - from);
      if (to > this.length || this.fill(own, this.start + from) !== own.length)
        throw new Error("snapshot is truncated");
      return own.toString("utf8");
    }
    const at = this.bring(from, to - from);
    return this.window.toString("utf8", at, at + to - from);
  }
}

function readSnapshot(size: number, fill: Fill): Engine {
  const read = (position: number, length: number) => {
    // Its own memory (8-byte aligned): typed arrays view it in place.
    const out = Buffer.allocUnsafeSlow(length);
    if (position + length > size || fill(out, position) !== length) throw new Error("snapshot is truncated");
    return out;
  };
  const headerLength = read(0, 4).readUInt32LE(0);
  if (4 + headerLength > size) throw new Error("snapshot is truncated");
  const headerText = new Cursor(fill, 4, headerLength);
  const headerPieces: string[] = [];
  const decoder = new StringDecoder("utf8");
  // Piece by piece through the window; the decoder keeps a character cut at a piece's end.
  for (let at = 0; at < headerLength; at += WINDOW_BYTES)
    headerPieces.push(decoder.write(headerText.bytes(at, Math.min(headerLength, at + WINDOW_BYTES))));
  headerPieces.push(decoder.end());
  const header = HeaderSchema.parse(JSON.parse(headerPieces.join("")));
  const base = 4 + headerLength + ((8 - ((4 + headerLength) % 8)) % 8);
  // Each posting list, which lives as long as the engine, is read into a buffer of its own (8-byte
  // aligned) and viewed in place by a typed array.
  const blob = (name: string): Buffer => {
    const [off, len] = header.blobs[name]!;
    return read(base + off, len);
  };
  const view = <T extends Typed>(
    name: string,
    Type: { new (b: ArrayBuffer, offset: number, length: number): T; BYTES_PER_ELEMENT: number },
  ): T => {
    const b = blob(name);
    return new Type(b.buffer as ArrayBuffer, b.byteOffset, b.length / Type.BYTES_PER_ELEMENT);
  };
  /** A table read once while loading, through a window. */
  const cursor = (name: string): Cursor & { count(bytes: number): number } => {
    const [off, len] = header.blobs[name]!;
    if (base + off + len > size) throw new Error("snapshot is truncated");
    return Object.assign(new Cursor(fill, base + off, len), { count: (bytes: number) => len / bytes });
  };

  const offsets = cursor("strings.offsets");
  const bytes = cursor("strings.bytes");
  const strings = new Array<string>(offsets.count(4) - 1);
  for (let i = 0; i < strings.length; i++) strings[i] = bytes.utf8(offsets.int32(i), offsets.int32(i + 1));

  // Reports of one kind repeat their section titles, aliases and group titles, and JSON.parse makes
  // a string for every occurrence: equal strings, and sections' equal alias lists, share one (~4 MB
  // at 100,000 entries). Nothing mutates a section's aliases.
  const interned = new Map<string, string>();
  const intern = (x: string) => getOrInsertComputed(interned, x, () => x);
  const sectionAliases = new Map<string, string[]>();
  const internList = (xs: string[]) =>
    getOrInsertComputed(sectionAliases, JSON.stringify(xs), () => xs.map(intern));
  for (const r of header.reports) {
    for (const s of r.sections as Record<string, unknown>[]) {
      for (const k of ["report", "title", "region", "titleZh"])
        if (typeof s[k] === "string") s[k] = intern(s[k]);
      if (Array.isArray(s.aliases)) s.aliases = internList(s.aliases as string[]);
    }
    for (const g of r.groups as Record<string, unknown>[])
      for (const k of ["title", "titleZh"]) if (typeof g[k] === "string") g[k] = intern(g[k]);
  }

  // Snapshots are written by saveSnapshot from validated knowledge; the shapes are trusted here.
  const reports = header.reports.map((r) => {
    const meta = r.meta as Report["meta"];
    const sections = (
      r.sections as (Omit<Section, "sentences" | "text"> & { text?: string; sentences: number[] })[]
    ).map((s) => withSectionText({ ...s, sentences: s.sentences.map((i) => strings[i]!) }, s.text));
    return withRebuiltCleanedText({
      meta,
      groups: r.groups as Group[],
      skips: r.skips as Report["skips"],
      sections,
      entries: [] as Entry[],
    });
  });

  const n = header.entryCount;
  const rows = cursor("entries.rows");
  const years = cursor("entries.years");
  const values = cursor("entries.values");
  const ends = cursor("entries.ends");
  const w = STRING_FIELDS.length;
  const entries = new Array<Entry>(n);
  const aliasLists = sharedAliasLists(strings, cursor("entries.aliasStarts"), cursor("entries.aliasIds"));
  for (let i = 0; i < n; i++) {
    const s = (k: number) => strings[rows.int32(i * w + k)]!;
    const kind = s(8);
    const aliases = aliasLists(i);
    const year = years.float64(i);
    const value = values.float64(i);
    const end = ends.int32(i);
    // One object literal: every entry gets the same hidden class (compact, fast property access).
    entries[i] = {
      id: s(0),
      report: s(1),
      section: s(2),
      region: s(3),
      year: Number.isNaN(year) ? null : year,
      label: s(4),
      written: s(5),
      sentence: s(6),
      context: sliceOf(s(6), s(7)),
      aliases,
      kind,
      value: kind === "date" ? strings[value]! : value,
      unit: s(9),
      end: end === NONE ? undefined : strings[end],
    } as unknown as Entry;
  }
  const byId = new Map(entries.map((e) => [e.id, e]));
  // A group names its figures by id: the entries' own id strings, not the header's copies.
  const idOf = (id: string) => byId.get(id)?.id ?? id;
  for (const r of reports)
    for (const g of r.groups) {
      g.total = idOf(g.total);
      for (let k = 0; k < g.parts.length; k++) g.parts[k] = idOf(g.parts[k]!);
      if (g.statedShare !== undefined) g.statedShare = idOf(g.statedShare);
    }
  const byReport = new Map(reports.map((r) => [r.meta.id, r]));
  for (const e of entries) byReport.get(e.report)?.entries.push(e);
  const allSections = reports.flatMap((r) => r.sections);
  const kb: KnowledgeBase = {
    version: header.version,
    reports,
    sections: allSections,
    entries,
    groups: reports.flatMap((r) => r.groups),
    byId,
    skipped: header.skipped as KnowledgeBase["skipped"],
    skippedReports: header.skippedReports as KnowledgeBase["skippedReports"],
    warnings: header.warnings as KnowledgeBase["warnings"],
  };

  const refs = cursor("sentenceRefs");
  const sentences: SentenceRef[] = [];
  for (let i = 0; i < refs.count(4); i += 2) {
    const s = allSections[refs.int32(i)]!;
    sentences.push({
      report: s.report,
      section: s.title,
      region: s.region,
      sentence: strings[refs.int32(i + 1)]!,
    });
  }
  const vocab = cursor("vocabulary");
  const vocabulary = new Map<string, string>();
  for (let i = 0; i < vocab.count(4); i += 2)
    vocabulary.set(strings[vocab.int32(i)]!, strings[vocab.int32(i + 1)]!);
  const unpack = (prefix: string): Postings => {
    const ids = cursor(`${prefix}.terms`);
    const terms = new Map<string, number>();
    for (let i = 0; i < ids.count(4); i++) terms.set(strings[ids.int32(i)]!, i);
    return {
      terms,
      starts: view(`${prefix}.starts`, Int32Array),
      docs: view(`${prefix}.docs`, Int32Array),
      fields: view(`${prefix}.fields`, Uint8Array),
    };
  };
  const data: IndexData = {
    entryPostings: unpack("entry"),
    sentencePostings: unpack("sentence"),
    sentences,
    vocabulary,
  };
  return createEngine(kb, fromTerms(header.glossary), data);
}
