// Curated data is never lost silently, and an upload that changes nothing changes nothing on disk
// (issue 9, point 13).
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/answering/engine.js";
import {
  KnowledgeStore,
  NOTHING_CHANGED_NOTE,
  VERSIONS_DIR,
  type RefreshResult,
  type Upload,
} from "../../src/knowledge/store.js";
import type { Entry } from "../../src/knowledge/schema.js";
import { HENAN } from "../support/knowledge.js";
import { hashTree, inKnowledgeCopy } from "./copy.js";

const FUNDS_Q = "How much financial anti-poverty funds were issued in 2011?";
const RELOCATED_Q = "How many households were relocated?";

const snapshots = (dir: string) =>
  existsSync(join(dir, VERSIONS_DIR)) ? readdirSync(join(dir, VERSIONS_DIR)) : [];
const upload = (value: unknown): Upload => ({
  filename: "upload.json",
  contentType: "application/json",
  data: Buffer.from(JSON.stringify(value), "utf8"),
});
const readJson = (dir: string, name: string) =>
  JSON.parse(readFileSync(join(dir, HENAN, name), "utf8")) as unknown;
/** The report as a bundle, exactly as the folder holds it. */
const henanBundle = (dir: string, withAnnotations = true) => ({
  meta: readJson(dir, "meta.json"),
  text: readFileSync(join(dir, HENAN, "report.txt"), "utf8"),
  ...(withAnnotations ? { annotations: readJson(dir, "annotations.json") } : {}),
});
const henanFacts = (store: KnowledgeStore<Engine>, change: (e: Entry) => Entry = (e) => e) => ({
  report: "henan-2011",
  entries: store.engine.kb.entries.filter((e) => e.report === "henan-2011").map((e) => change({ ...e })),
});

function ok(r: RefreshResult) {
  if (!r.ok) throw new Error(`expected success, got: ${r.errors.join("\n")}`);
  return r;
}

describe("curated annotations are never dropped silently", () => {
  it("a reload that finds annotations.json deleted is refused, says what would be lost, and keeps serving", async () => {
    await inKnowledgeCopy(async (dir) => {
      const store = KnowledgeStore.open(dir, { createEngine });
      const { engine, version } = store;
      const answer = engine.answer(FUNDS_Q);
      rmSync(join(dir, HENAN, "annotations.json"));
      const r = await store.reload();
      expect(r.ok).toBe(false);
      expect(r.ok ? [] : r.errors).toEqual([
        expect.stringMatching(
          /^annotations\.json of report "henan-2011" is missing on disk: the loaded version has its curated annotations \(\d+ labels, \d+ aliases, \d+ skip rules, \d+ groups, \d+ section notes\).*write an annotations\.json holding \{\}$/,
        ),
        "still serving the loaded version",
      ]);
      expect(store.engine).toBe(engine);
      expect(store.version).toBe(version);
      expect(store.engine.answer(FUNDS_Q)).toEqual(answer);

      // Dropping them on purpose: an empty annotations.json is an explicit choice, and loads.
      writeFileSync(join(dir, HENAN, "annotations.json"), "{}\n");
      const dropped = await store.reload();
      expect(dropped.ok, dropped.ok ? "" : dropped.errors.join("\n")).toBe(true);
      expect(store.version).not.toBe(version);
    });
  });

  it("an upload of a bundle without annotations keeps the report's annotations and says so", async () => {
    await inKnowledgeCopy(async (dir) => {
      const store = KnowledgeStore.open(dir, { createEngine });
      const annotations = readFileSync(join(dir, HENAN, "annotations.json"));
      const answer = store.engine.answer(RELOCATED_Q);
      const text = readFileSync(join(dir, HENAN, "report.txt"), "utf8").replace(
        "Henan Province",
        "Henan province",
      );
      const r = ok(await store.applyUpload(upload({ ...henanBundle(dir, false), text })));
      expect(r.changed).toBe(true);
      expect(r.notes).toEqual([
        expect.stringMatching(
          /^the bundle has no "annotations": kept the curated annotations of "henan-2011" \(\d+ labels, .*\); to remove them, upload the bundle with "annotations": \{\}$/,
        ),
      ]);
      expect(readFileSync(join(dir, HENAN, "annotations.json"))).toEqual(annotations);
      expect(store.engine.answer(RELOCATED_Q)).toMatchObject({ label: answer.label, figure: answer.figure });
      expect(KnowledgeStore.open(dir, { createEngine }).version).toBe(r.version);
    });
  });

  it('a bundle with an explicit empty "annotations" drops them, and the reply says what went', async () => {
    await inKnowledgeCopy(async (dir) => {
      const store = KnowledgeStore.open(dir, { createEngine });
      const r = ok(await store.applyUpload(upload({ ...henanBundle(dir, false), annotations: {} })));
      expect(r.notes).toEqual([
        expect.stringMatching(
          /^removed the curated annotations of "henan-2011" \(\d+ labels, .*\), as the bundle's empty "annotations" asks$/,
        ),
      ]);
      expect(readJson(dir, "annotations.json")).toEqual({});
    });
  });
});

describe("an upload identical to what is loaded changes nothing", () => {
  it("the same bundle again: no file written, no snapshot taken, the reply says nothing changed", async () => {
    await inKnowledgeCopy(async (dir) => {
      const store = KnowledgeStore.open(dir, { createEngine });
      const disk = hashTree(dir);
      const r = ok(await store.applyUpload(upload(henanBundle(dir))));
      expect(r).toMatchObject({
        changed: false,
        saved: [],
        version: store.version,
        previousVersion: store.version,
      });
      expect(r.notes[0]).toBe(NOTHING_CHANGED_NOTE);
      expect(r.diff.entries).toMatchObject({ added: [], removed: [], changed: [] });
      expect(hashTree(dir)).toBe(disk);
      expect(snapshots(dir)).toEqual([]);
    });
  });

  it("the same facts file twice: the second keeps every older rollback point", async () => {
    await inKnowledgeCopy(async (dir) => {
      const store = KnowledgeStore.open(dir, { createEngine });
      const facts = henanFacts(store, (e) =>
        e.written === "4.418 billion Yuan" ? { ...e, label: `${e.label} (corrected)` } : e,
      );
      ok(await store.applyUpload(upload(facts)));
      const after = snapshots(dir);
      const disk = hashTree(dir);
      let changes = 0;
      store.onChange(() => changes++);
      const again = ok(await store.applyUpload(upload(facts)));
      expect(again.changed).toBe(false);
      expect(again.notes).toEqual([NOTHING_CHANGED_NOTE]);
      expect(snapshots(dir)).toEqual(after);
      expect(hashTree(dir)).toBe(disk);
      expect(changes).toBe(0);
    });
  });
});

describe("a facts file cannot relabel a figure with a label its sentence does not support", () => {
  it("a label naming another figure is refused with the words its sentence lacks", async () => {
    await inKnowledgeCopy(async (dir) => {
      const store = KnowledgeStore.open(dir, { createEngine });
      const relocated = store.engine.answer(RELOCATED_Q);
      const facts = henanFacts(store, (e) =>
        e.written === relocated.figure ? { ...e, label: "People trained by the Rain Plan" } : e,
      );
      const r = await store.applyUpload(upload(facts));
      expect(r.ok).toBe(false);
      expect(r.ok ? [] : r.errors).toEqual([
        expect.stringMatching(
          /^provenance: henan-2011:relocation-for-poverty-alleviation:5853-households: label "People trained by the Rain Plan" says what its sentence does not: "trained", "rain", "plan"/,
        ),
      ]);
      expect(store.engine.answer(RELOCATED_Q)).toMatchObject({ label: relocated.label });
    });
  });

  it("a label in the sentence's own words, with a remark in parentheses, is accepted", async () => {
    await inKnowledgeCopy(async (dir) => {
      const store = KnowledgeStore.open(dir, { createEngine });
      const relocated = store.engine.answer(RELOCATED_Q);
      const label = "Households moved out of mountain areas (checked 2012)";
      const r = ok(
        await store.applyUpload(
          upload(henanFacts(store, (e) => (e.written === relocated.figure ? { ...e, label } : e))),
        ),
      );
      expect(r.diff.entries.changed).toHaveLength(1);
    });
  });
});
