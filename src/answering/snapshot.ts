// A whole engine on disk: the validated knowledge and its search index, so a process with many
// reports starts by reading one file instead of re-extracting and re-tokenising everything.
// Layout: 4-byte header length, a small JSON header in ASCII (report metadata; sections and groups
// as rows of numbers), then binary tables: one string table (UTF-8 + offsets) that every text
// refers to by position, one table of alias lists, the entries as rows of string positions and
// numbers, and the posting lists as typed arrays. Large knowledge stays compact and quick to load:
// no JSON parse of 100,000 entries or of any repeated text, and equal strings and lists are shared.
import { closeSync, fstatSync, openSync, readSync, renameSync, writeFileSync } from "node:fs";
import { z } from "zod";
import type { KnowledgeBase } from "../knowledge/load.js";
import type { Entry, Group, Report, Section } from "../knowledge/schema.js";
import { createEngine, type Engine } from "./engine.js";
import { fromTerms } from "../knowledge/glossary.js";
import { sectionKey } from "../knowledge/section-key.js";
import type { IndexData, Postings, SentenceRef } from "./search-index.js";
import { getOrInsertComputed } from "../util/maps.js";

export const SNAPSHOT_FORMAT = 6;

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

// String fields of an entry, in row order; numbers (year, value) are kept apart as doubles, and the
// context (a clause of the sentence) as its place in the sentence (entries.contexts).
const STRING_FIELDS = [
  "id",
  "report",
  "section",
  "region",
  "label",
  "written",
  "sentence",
  "kind",
  "unit",
] as const;
const column = (f: (typeof STRING_FIELDS)[number]) => STRING_FIELDS.indexOf(f);
const [ID, REPORT, SECTION, REGION, LABEL, WRITTEN, SENTENCE, KIND, UNIT] = [
  column("id"),
  column("report"),
  column("section"),
  column("region"),
  column("label"),
  column("written"),
  column("sentence"),
  column("kind"),
  column("unit"),
];
const NONE = -1;

class StringTable {
  readonly ids = new Map<string, number>();
  id(s: string): number {
    return getOrInsertComputed(this.ids, s, () => this.ids.size);
  }
}

/**
 * Lists of strings (aliases), each distinct list once: entries and sections with an equal list
 * share one array when loaded (100,000 arrays grown by push cost ~15 MB where the ~14,000 distinct
 * lists, each of exactly its length, cost ~1 MB; nothing mutates an alias list).
 */
class ListTable {
  readonly lists: number[][] = [];
  private readonly ids = new Map<string, number>();
  constructor(private readonly strings: StringTable) {}
  id(list: string[]): number {
    const ids = list.map((x) => this.strings.id(x));
    return getOrInsertComputed(this.ids, ids.join(","), () => this.lists.push(ids) - 1);
  }
}

// [report, index, title, titleZh, region, aliases (list), text, sentences, other fields]
type SectionRow = [number, number, number, number, number, number, number, number[], object];
// [id, title, titleZh, type, total, parts, statedShare, other fields]; figures as in figure() below
type GroupRow = [number, number, number, number, number, number[], number | null, object];

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

  const lists = new ListTable(strings);
  const entryIndex = new Map(kb.entries.map((e, i) => [e, i]));
  // A group names its figures by id: an entry's position when it is one (its own id string is
  // then taken on loading), else the id itself as -(string + 1).
  const figure = (id: string) => {
    const at = entryIndex.get(kb.byId.get(id)!);
    return at !== undefined && kb.entries[at]!.id === id ? at : -strings.id(id) - 1;
  };
  const optional = (x: string | undefined) => (x === undefined ? NONE : strings.id(x));
  // Sections and groups as rows of numbers (string positions, list positions, figure positions):
  // the header stays small and its parse makes no string.
  const reports = kb.reports.map((r) => ({
    meta: r.meta,
    skips: r.skips,
    sections: r.sections.map(
      ({ report, index, title, titleZh, region, text, sentences, aliases, ...extra }): SectionRow => [
        strings.id(report),
        index,
        strings.id(title),
        optional(titleZh),
        strings.id(region),
        lists.id(aliases),
        // A section's text is its sentences joined; it is stored only where that does not reproduce it.
        text === sentences.join(" ") ? NONE : strings.id(text),
        sentences.map((x) => strings.id(x)),
        extra,
      ],
    ),
    groups: r.groups.map(
      ({ id, title, titleZh, type, total, parts, statedShare, ...extra }): GroupRow => [
        strings.id(id),
        strings.id(title),
        optional(titleZh),
        strings.id(type),
        figure(total),
        parts.map(figure),
        statedShare === undefined ? null : figure(statedShare),
        extra,
      ],
    ),
  }));

  const n = kb.entries.length;
  const rows = new Int32Array(n * STRING_FIELDS.length);
  const years = new Float64Array(n);
  const values = new Float64Array(n);
  const ends = new Int32Array(n);
  const aliasLists = new Int32Array(n);
  // Each context as [start, length] in its sentence, or [NONE, string] for one the sentence lacks.
  const contexts = new Int32Array(n * 2);
  kb.entries.forEach((e, i) => {
    const at = e.sentence.indexOf(e.context);
    contexts[i * 2] = at < 0 ? NONE : at;
    contexts[i * 2 + 1] = at < 0 ? strings.id(e.context) : e.context.length;
    const record = e as unknown as Record<string, unknown>;
    STRING_FIELDS.forEach((f, k) => {
      rows[i * STRING_FIELDS.length + k] = strings.id(String(record[f]));
    });
    years[i] = e.year ?? Number.NaN;
    // Dates keep their ISO value as a string; every other kind a number.
    values[i] = e.kind === "date" ? strings.id(e.value) : e.value;
    ends[i] = e.kind === "date" && e.end !== undefined ? strings.id(e.end) : NONE;
    aliasLists[i] = lists.id(e.aliases);
  });

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
  add("entries.contexts", contexts);
  add("entries.aliasLists", aliasLists);
  const listStarts = new Int32Array(lists.lists.length + 1);
  lists.lists.forEach((l, i) => {
    listStarts[i + 1] = listStarts[i]! + l.length;
  });
  add("lists.starts", listStarts);
  add("lists.ids", Int32Array.from(lists.lists.flat()));
  // What the index works out per entry (search-index.ts), kept so a load does not work it out again.
  add("entries.isPlan", index.entryIsPlan);
  add(
    "entries.units",
    Int32Array.from(index.entryUnit, (u) => (u === undefined ? NONE : strings.id(u))),
  );
  add("vocabulary", vocabulary);
  add("sentenceRefs", sentenceRefs);
  packPostings("entry", index.entryPostings, strings, add);
  packPostings("sentence", index.sentencePostings, strings, add);
  // The string table last: everything above has been interned by now.
  const all = [...strings.ids.keys()];
  const texts = all.map((t) => Buffer.from(t, "utf8"));
  const textOffsets = new Int32Array(texts.length + 1);
  texts.forEach((t, i) => {
    textOffsets[i + 1] = textOffsets[i]! + t.length;
  });
  add("strings.offsets", textOffsets);
  add("strings.bytes", Buffer.concat(texts));
  // Which strings are not plain ASCII (a few: Chinese): the others are read as Latin-1 (readStrings).
  add("strings.wide", Int32Array.from(all.flatMap((t, i) => (ASCII.test(t) ? [] : [i]))));

  // The header in ASCII: any other character is written as its JSON escape (see readSnapshot).
  const header = Buffer.from(
    asciiJson({
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
    "latin1",
  );
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const headerPad = Buffer.alloc((8 - ((4 + header.length) % 8)) % 8);
  return Buffer.concat([length, header, headerPad, ...blobs]);
}

const ASCII = /^[\x00-\x7f]*$/;

/** JSON in ASCII only: each other UTF-16 unit as its \\uXXXX escape, which JSON.parse reads back. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[^\x00-\x7f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
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

// The getters below are one function each, shared by every object, reading `this`: a getter made
// per object (a closure over it) gives each object an accessor no other shares, and V8 then keeps
// the object's properties as a hash table (dictionary mode), ~430 bytes more per section; with one
// shared getter every section has the same hidden class. The getters never close over
// readSnapshot, so they keep none of its buffers alive.
const JOINED_SENTENCES: PropertyDescriptor = {
  enumerable: true,
  get(this: Section) {
    return this.sentences.join(" ");
  },
};

// A section's text is its sentences joined (unless stored because it differs): built on the rare
// read (/section summaries) instead of holding every report's text twice.
function withSectionText(section: Omit<Section, "text">, text: string | undefined): Section {
  if (text !== undefined) return { ...section, text };
  return Object.defineProperty(section, "text", JOINED_SENTENCES) as Section;
}

const CLEANED_FROM_SECTIONS: PropertyDescriptor = {
  enumerable: true,
  get(this: Report) {
    return [this.meta.title, ...this.sections.map((s) => `【${s.title}】${s.text}`)].join("\n");
  },
};

// The cleaned page is not kept: it is rebuilt from the sections on the rare read.
function withRebuiltCleanedText(report: Omit<Report, "cleaned">): Report {
  return Object.defineProperty(report, "cleaned", CLEANED_FROM_SECTIONS) as Report;
}

/**
 * The same number, as V8 keeps whole numbers of 31 bits: a double read from a buffer is a boxed
 * HeapNumber (16 bytes each, even 2011), and `| 0` makes it a small integer stored in the object
 * itself (100,000 entries' years alone took 1.6 MB of boxes). -0 stays -0.
 */
function wholeAsSmall(x: number): number {
  return Number.isInteger(x) && Math.abs(x) < 2 ** 30 && !Object.is(x, -0) ? x | 0 : x;
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
  /** The table's length in bytes. */
  get size(): number {
    return this.length;
  }
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
  /** The whole table as Latin-1 text, window by window. */
  latin1(): string {
    const pieces: string[] = [];
    for (let at = 0; at < this.length; at += WINDOW_BYTES)
      pieces.push(this.text(at, Math.min(this.length, at + WINDOW_BYTES), "latin1"));
    return pieces.join("");
  }
  /** The table's bytes [from, to) as text; a text longer than the window is read on its own. */
  text(from: number, to: number, encoding: "utf8" | "latin1"): string {
    if (to - from > WINDOW_BYTES) {
      const own = Buffer.allocUnsafe(to - from);
      if (to > this.length || this.fill(own, this.start + from) !== own.length)
        throw new Error("snapshot is truncated");
      return own.toString(encoding);
    }
    const at = this.bring(from, to - from);
    return this.window.toString(encoding, at, at + to - from);
  }
}

/**
 * The string table. Nearly every string is plain ASCII, read as Latin-1: a copy of its bytes, ~1.5
 * times as fast as decoding UTF-8; the few others (Chinese) are decoded.
 */
function readStrings(offsets: Cursor, bytes: Cursor, wide: Cursor): string[] {
  const strings = new Array<string>(offsets.size / 4 - 1);
  let w = 0;
  let nextWide = wide.size > 0 ? wide.int32(0) : -1;
  for (let i = 0; i < strings.length; i++) {
    const from = offsets.int32(i);
    const to = offsets.int32(i + 1);
    if (i === nextWide) {
      strings[i] = bytes.text(from, to, "utf8");
      w += 1;
      nextWide = w < wide.size / 4 ? wide.int32(w) : -1;
    } else strings[i] = bytes.text(from, to, "latin1");
  }
  return strings;
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
  // The header is ASCII (asciiJson): read as Latin-1 it decodes by copying bytes, and JSON.parse
  // reads one-byte text (UTF-8 text with Chinese in it took ~4 times as long).
  const header = HeaderSchema.parse(JSON.parse(new Cursor(fill, 4, headerLength).latin1()));
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

  const strings = readStrings(cursor("strings.offsets"), cursor("strings.bytes"), cursor("strings.wide"));

  // Equal lists share one array (ListTable); equal strings are one string of the table.
  const listStarts = cursor("lists.starts");
  const listIds = cursor("lists.ids");
  const lists = new Array<string[]>(listStarts.size / 4 - 1);
  for (let l = 0; l < lists.length; l++) {
    const from = listStarts.int32(l);
    const list = new Array<string>(listStarts.int32(l + 1) - from);
    for (let a = 0; a < list.length; a++) list[a] = strings[listIds.int32(from + a)]!;
    lists[l] = list;
  }
  const optional = (x: number) => (x === NONE ? {} : { titleZh: strings[x]! });

  // Snapshots are written by saveSnapshot from validated knowledge; the shapes are trusted here.
  const reports = header.reports.map((r) => {
    const sections = (r.sections as SectionRow[]).map(
      ([report, index, title, titleZh, region, aliases, text, sentences, extra]) =>
        withSectionText(
          {
            report: strings[report]!,
            index,
            title: strings[title]!,
            ...optional(titleZh),
            region: strings[region]!,
            sentences: sentences.map((i) => strings[i]!),
            aliases: lists[aliases]!,
            ...extra,
          },
          text === NONE ? undefined : strings[text]!,
        ),
    );
    return withRebuiltCleanedText({
      meta: r.meta as Report["meta"],
      groups: [] as Group[],
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
  const aliasLists = cursor("entries.aliasLists");
  const contexts = cursor("entries.contexts");
  for (let i = 0; i < n; i++) {
    const s = (k: number) => strings[rows.int32(i * w + k)]!;
    const kind = s(KIND);
    const year = years.float64(i);
    const value = wholeAsSmall(values.float64(i));
    const end = ends.int32(i);
    const sentence = s(SENTENCE);
    const at = contexts.int32(i * 2);
    const context = contexts.int32(i * 2 + 1);
    // One object literal: every entry gets the same hidden class (compact, fast property access).
    entries[i] = {
      id: s(ID),
      report: s(REPORT),
      section: s(SECTION),
      region: s(REGION),
      year: Number.isNaN(year) ? null : wholeAsSmall(year),
      label: s(LABEL),
      written: s(WRITTEN),
      sentence,
      // A clause is a piece of its sentence: a slice shares the sentence's characters.
      context: at === NONE ? strings[context]! : sentence.slice(at, at + context),
      aliases: lists[aliasLists.int32(i)]!,
      kind,
      value: kind === "date" ? strings[value]! : value,
      unit: s(UNIT),
      end: end === NONE ? undefined : strings[end],
    } as unknown as Entry;
  }
  const byId = new Map(entries.map((e) => [e.id, e]));
  // A figure of a group: the entry's own id string (saveSnapshot's figure()).
  const figure = (at: number) => (at >= 0 ? entries[at]!.id : strings[-at - 1]!);
  header.reports.forEach((r, k) => {
    reports[k]!.groups = (r.groups as GroupRow[]).map(
      ([id, title, titleZh, type, total, parts, statedShare, extra]) =>
        ({
          id: strings[id]!,
          title: strings[title]!,
          ...optional(titleZh),
          type: strings[type]!,
          total: figure(total),
          parts: parts.map(figure),
          ...(statedShare === null ? {} : { statedShare: figure(statedShare) }),
          ...extra,
        }) as Group,
    );
  });
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
  const units = cursor("entries.units");
  const entryUnit = new Array<string | undefined>(n);
  for (let i = 0; i < n; i++) {
    const u = units.int32(i);
    entryUnit[i] = u === NONE ? undefined : strings[u];
  }
  const data: IndexData = {
    entryPostings: unpack("entry"),
    sentencePostings: unpack("sentence"),
    sentences,
    vocabulary,
    entryIsPlan: view("entries.isPlan", Uint8Array),
    entryUnit,
  };
  return createEngine(kb, fromTerms(header.glossary), data);
}
