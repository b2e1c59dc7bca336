import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateKnowledge } from "../../bench/synthetic.js";
import { createEngine } from "../../src/answering/engine.js";
import {
  engineFromSnapshot,
  loadSnapshot,
  saveSnapshot,
  snapshotBytes,
} from "../../src/answering/snapshot.js";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { PROJECT_ROOT } from "../../src/paths.js";
import { realEngine } from "../support/knowledge.js";

const questions = readFileSync(join(PROJECT_ROOT, "tests/fixtures/dev-questions.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { q: string }).q);

describe("engine snapshot (persisted knowledge and index)", () => {
  const file = join(mkdtempSync(join(tmpdir(), "snapshot-")), "kb.snap");

  it("round-trips: the loaded engine answers every question exactly as the original", () => {
    const original = realEngine();
    saveSnapshot(original, file);
    const loaded = loadSnapshot(file);
    expect(loaded.kb.version).toBe(original.kb.version);
    expect(loaded.kb.entries).toEqual(original.kb.entries);
    for (const q of [...questions, "雨露计划转移就业多少人？", "qwxz blorf"])
      expect(loaded.answer(q)).toEqual(original.answer(q));
  });

  it("gives entries with the same aliases one array between them, exactly as long as the list", () => {
    // Synthetic reports repeat the real report's annotated figures, so many entries share a list.
    const original = createEngine(generateKnowledge(2000, 7), fromTerms({}));
    const loaded = engineFromSnapshot(snapshotBytes(original));
    const byList = new Map<string, string[]>();
    let shared = 0;
    loaded.kb.entries.forEach((e, i) => {
      expect(e.aliases).toEqual(original.kb.entries[i]!.aliases);
      const key = JSON.stringify(e.aliases);
      const first = byList.get(key);
      if (first) {
        expect(e.aliases).toBe(first);
        shared += 1;
      } else byList.set(key, e.aliases);
    });
    expect(shared).toBeGreaterThan(1000);
  });

  it("refuses a file that is not a snapshot", () => {
    const bad = `${file}.bad`;
    const header = Buffer.from(JSON.stringify({ format: 99 }));
    const length = Buffer.alloc(4);
    length.writeUInt32LE(header.length);
    writeFileSync(bad, Buffer.concat([length, header]));
    expect(() => loadSnapshot(bad)).toThrow(/format/);
  });

  it("reads tables larger than its reading window, a text longer than it, and characters cut at its edge", () => {
    // A header and a string table of several windows (64 KB), Chinese text whose three-byte
    // characters fall across window edges, and one alias longer than a window.
    const kb = generateKnowledge(2000, 11);
    const long = `${"长".repeat(30_000)} long alias`;
    kb.entries[5] = { ...kb.entries[5]!, aliases: [long] };
    kb.byId.set(kb.entries[5]!.id, kb.entries[5]!);
    const glossary = fromTerms(
      Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`词${i}语`, `term ${i}`])),
    );
    const original = createEngine(kb, glossary);
    const loaded = engineFromSnapshot(snapshotBytes(original));
    expect(loaded.kb.entries).toEqual(original.kb.entries);
    expect(loaded.kb.entries[5]!.aliases).toEqual([long]);
    expect(loaded.kb.sections).toEqual(original.kb.sections);
    expect([...loaded.glossary.terms]).toEqual([...original.glossary.terms]);
    expect([...loaded.index.vocabulary]).toEqual([...original.index.vocabulary]);
    expect(loaded.index.sentences).toEqual(original.index.sentences);
    expect(loaded.index.entryPostings.docs).toEqual(original.index.entryPostings.docs);
    expect([...loaded.index.entryPostings.terms]).toEqual([...original.index.entryPostings.terms]);
  });

  it("refuses a file cut short, wherever it ends", () => {
    const bytes = snapshotBytes(createEngine(generateKnowledge(300, 3), fromTerms({})));
    for (const cut of [10, 5000, Math.floor(bytes.length / 2), bytes.length - 1])
      expect(() => engineFromSnapshot(bytes.subarray(0, cut))).toThrow(/truncated/);
  });

  it("gives sections with the same aliases one array between them, and keeps every section as it was", () => {
    // Synthetic reports repeat the real report's annotated sections, so many sections share a list.
    const original = createEngine(generateKnowledge(2000, 5), fromTerms({}));
    const loaded = engineFromSnapshot(snapshotBytes(original));
    expect(loaded.kb.sections).toEqual(original.kb.sections);
    expect(loaded.kb.groups).toEqual(original.kb.groups);
    const byList = new Map<string, string[]>();
    let shared = 0;
    for (const s of loaded.kb.sections) {
      if (s.aliases.length === 0) continue;
      const first = byList.get(JSON.stringify(s.aliases));
      if (first) {
        expect(s.aliases).toBe(first);
        shared += 1;
      } else byList.set(JSON.stringify(s.aliases), s.aliases);
    }
    expect(shared).toBeGreaterThan(10);
  });

  it("rebuilds each section's text and each report's page from that object's own sentences, as an own property a copy keeps", () => {
    const original = createEngine(generateKnowledge(2000, 3), fromTerms({}));
    const loaded = engineFromSnapshot(snapshotBytes(original));
    loaded.kb.sections.forEach((s, i) => {
      expect(s.text).toBe(original.kb.sections[i]!.text);
      expect({ ...s }.text).toBe(s.sentences.join(" "));
      expect(Object.keys(s)).toContain("text");
    });
    loaded.kb.reports.forEach((r, i) => {
      // The page is rebuilt from the report's own title and sections (not the generator's layout).
      expect(r.cleaned.startsWith(`${original.kb.reports[i]!.meta.title}\n【${r.sections[0]!.title}】`)).toBe(
        true,
      );
      expect({ ...r }.cleaned).toBe(r.cleaned);
    });
  });

  it("reads every year and figure back as the same number, whole or not", () => {
    const original = createEngine(generateKnowledge(2000, 4), fromTerms({}));
    const loaded = engineFromSnapshot(snapshotBytes(original));
    const numbers = (e: { year: number | null; value: unknown }) => [e.year, e.value];
    loaded.kb.entries.forEach((e, i) => {
      const [year, value] = numbers(original.kb.entries[i]!);
      expect(Object.is(e.year, year)).toBe(true);
      expect(Object.is(e.value, value)).toBe(true);
    });
    expect(loaded.kb.entries.some((e) => typeof e.value === "number" && !Number.isInteger(e.value))).toBe(
      true,
    );
  });

  it("writes sections and groups as rows of numbers: the header holds none of their text, and is ASCII", () => {
    // Their titles, ids and aliases are positions in the string table, so loading parses no copy of them.
    const original = createEngine(
      generateKnowledge(2000, 5),
      fromTerms({ 扶贫资金: "poverty alleviation funds" }),
    );
    const bytes = snapshotBytes(original);
    const header = bytes.subarray(4, 4 + bytes.readUInt32LE(0));
    expect(header.every((b) => b < 0x80)).toBe(true);
    const text = header.toString("latin1");
    for (const s of original.kb.sections.slice(0, 50)) expect(text).not.toContain(JSON.stringify(s.title));
    for (const g of original.kb.groups.slice(0, 50)) {
      expect(text).not.toContain(JSON.stringify(g.id));
      expect(text).not.toContain(JSON.stringify(g.total));
    }
    const loaded = engineFromSnapshot(bytes);
    expect(loaded.kb.groups).toEqual(original.kb.groups);
    expect([...loaded.glossary.terms]).toEqual([...original.glossary.terms]);
  });

  it("takes each entry's plan flag and count unit from the file instead of working them out again", () => {
    const original = createEngine(generateKnowledge(300, 3), fromTerms({}));
    const bytes = snapshotBytes(original);
    const loaded = engineFromSnapshot(bytes);
    expect([...loaded.index.entryIsPlan]).toEqual([...original.index.entryIsPlan]);
    expect(loaded.index.entryUnit).toEqual(original.index.entryUnit);
    // A flag changed in the file is the flag the loaded index has: it was read, not recomputed.
    const length = bytes.readUInt32LE(0);
    const header = JSON.parse(bytes.toString("latin1", 4, 4 + length)) as {
      blobs: Record<string, [number, number]>;
    };
    const [offset] = header.blobs["entries.isPlan"]!;
    const base = 4 + length + ((8 - ((4 + length) % 8)) % 8);
    const changed = Buffer.from(bytes);
    changed[base + offset + 7] = 1 - original.index.entryIsPlan[7]!;
    expect(engineFromSnapshot(changed).index.entryIsPlan[7]).toBe(1 - original.index.entryIsPlan[7]!);
  });
});
