import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Entry } from "../../src/knowledge/schema.js";
import { KnowledgeError } from "../../src/knowledge/load.js";
import { createEngine } from "../../src/answering/engine.js";
import {
  KnowledgeStore,
  MAX_SNAPSHOTS,
  NO_SNAPSHOT_ERROR,
  UPLOAD_MAX_BYTES,
  VERSIONS_DIR,
  type RefreshResult,
  type Upload,
} from "../../src/knowledge/store.js";
import { HENAN, MADE_UP_GANSU_META, realEngine } from "../support/knowledge.js";
import { hashTree, inKnowledgeCopy } from "./copy.js";

const FUNDS_Q = "How much financial anti-poverty funds were issued in 2011?";
const FUNDS_WRITTEN = "4.418 billion Yuan";
const CELLARS_Q = "How many water cellars were built in Gansu in 2012?";
const henanEntries = (): Entry[] => realEngine().kb.entries.filter((e) => e.report === "henan-2011");

const jsonUpload = (
  value: unknown,
  contentType: string | null = "application/json; charset=utf-8",
  filename = "upload.json",
): Upload => ({
  filename,
  contentType,
  data: Buffer.from(typeof value === "string" ? value : JSON.stringify(value, null, 2), "utf8"),
});

const factsWith = (change: (entries: Entry[]) => unknown[]) => ({
  report: "henan-2011",
  entries: change(henanEntries().map((e) => ({ ...e }))),
});

const NEW_LABEL = "Financial anti-poverty funds issued in 2011 (total of all sources)";
const correctedFacts = () =>
  factsWith((es) => es.map((e) => (e.written === FUNDS_WRITTEN ? { ...e, label: NEW_LABEL } : e)));

const GANSU_TEXT = `Poverty Alleviation in Gansu Province

      【Overview】In 2012, Gansu Province lifted 0.82 million rural poor residents out of poverty.

      【Drinking water】In 2012, Gansu Province built 312 water cellars and laid 145 km of pipes, with an investment of 96 million Yuan.
`;
const gansuBundle = () => ({
  meta: MADE_UP_GANSU_META,
  text: GANSU_TEXT,
  annotations: {
    entries: {
      "gansu-2012:drinking-water:312-water-cellars": {
        label: "Water cellars built in Gansu in 2012",
        aliases: ["cisterns"],
      },
    },
  },
});

function ok(r: RefreshResult) {
  if (!r.ok) throw new Error(`expected success, got: ${r.errors.join("\n")}`);
  return r;
}

describe("KnowledgeStore", () => {
  it("opens a knowledge folder and answers from it", async () => {
    await inKnowledgeCopy(async (dir) => {
      const store = KnowledgeStore.open(dir, { createEngine });
      expect(store.version).toBe(realEngine().kb.version);
      expect(store.engine.answer(FUNDS_Q).figure).toBe(FUNDS_WRITTEN);
    });
  });

  it("refuses to open an invalid folder, loudly", async () => {
    await inKnowledgeCopy(async (dir) => {
      writeFileSync(join(dir, HENAN, "meta.json"), "{ not json");
      expect(() => KnowledgeStore.open(dir, { createEngine })).toThrow(KnowledgeError);
    });
  });

  it("applies a corrected facts file: one entry changed, saved, answered, new version", async () => {
    await inKnowledgeCopy(async (dir) => {
      const store = KnowledgeStore.open(dir, { createEngine });
      const before = store.version;
      const id = henanEntries().find((e) => e.written === FUNDS_WRITTEN)!.id;
      expect(store.engine.answer(FUNDS_Q).label).not.toBe(NEW_LABEL);
      const seen: string[] = [];
      store.onChange((v) => seen.push(v));

      const r = ok(await store.applyUpload(jsonUpload(correctedFacts())));
      expect(r.action).toBe("upload");
      expect(r.previousVersion).toBe(before);
      expect(r.version).not.toBe(before);
      expect(store.version).toBe(r.version);
      expect(r.diff.entries).toEqual({
        before: henanEntries().length,
        after: henanEntries().length,
        added: [],
        removed: [],
        changed: [id],
      });
      expect(r.diff.reports).toEqual({ before: 1, after: 1 });
      expect(r.saved).toEqual(["reports/henan-2011/facts.json"]);
      expect(JSON.parse(readFileSync(join(dir, HENAN, "facts.json"), "utf8"))).toEqual(correctedFacts());
      expect(store.engine.answer(FUNDS_Q)).toMatchObject({ label: NEW_LABEL, figure: FUNDS_WRITTEN });
      expect(seen).toEqual([r.version]);
      // What was saved is what is served: a fresh load of the folder computes the same version.
      expect(KnowledgeStore.open(dir, { createEngine }).version).toBe(r.version);
      // Temp files were renamed away, and the previous reports/ tree was kept as a snapshot.
      expect(readdirSync(join(dir, HENAN)).filter((n) => n.endsWith(".tmp"))).toEqual([]);
      expect(readdirSync(join(dir, VERSIONS_DIR))).toEqual([
        expect.stringMatching(new RegExp(`-${before}$`)),
      ]);
    });
  });

  it("adds a new report from a bundle, with its entries, and answers from it", async () => {
    await inKnowledgeCopy(async (dir) => {
      const store = KnowledgeStore.open(dir, { createEngine });
      expect(store.engine.answer(CELLARS_Q).answered).toBe(false);
      const r = ok(await store.applyUpload(jsonUpload(gansuBundle(), null, "gansu-2012.json")));
      expect(r.diff.reports).toEqual({ before: 1, after: 2 });
      expect(r.diff.sections.after).toBe(r.diff.sections.before + 2);
      expect(r.diff.entries.added).toEqual([
        "gansu-2012:overview:0-82-million-rural-poor-residents",
        "gansu-2012:drinking-water:312-water-cellars",
        "gansu-2012:drinking-water:145-km",
        "gansu-2012:drinking-water:96-million-yuan",
      ]);
      expect(r.diff.entries.removed).toEqual([]);
      expect(r.saved.sort()).toEqual([
        "reports/gansu-2012/annotations.json",
        "reports/gansu-2012/meta.json",
        "reports/gansu-2012/report.txt",
      ]);
      expect(readFileSync(join(dir, "reports", "gansu-2012", "report.txt"), "utf8")).toBe(GANSU_TEXT);
      expect(readdirSync(join(dir, "reports")).sort()).toEqual(["gansu-2012", "henan-2011"]);
      const a = store.engine.answer(CELLARS_Q);
      expect(a).toMatchObject({
        answered: true,
        figure: "312 water cellars",
        label: "Water cellars built in Gansu in 2012",
      });
      expect(a.report?.id).toBe("gansu-2012");
      expect(store.engine.answer(FUNDS_Q).figure).toBe(FUNDS_WRITTEN);
      expect(KnowledgeStore.open(dir, { createEngine }).version).toBe(r.version);
    });
  });

  it("replaces an existing report from a bundle, dropping facts written for the old text, and annotations when asked, and says so", async () => {
    await inKnowledgeCopy(async (dir) => {
      const store = KnowledgeStore.open(dir, { createEngine });
      ok(await store.applyUpload(jsonUpload(gansuBundle())));
      ok(
        await store.applyUpload(
          jsonUpload({
            report: "gansu-2012",
            entries: store.engine.kb.entries.filter((e) => e.report === "gansu-2012"),
          }),
        ),
      );
      expect(existsSync(join(dir, "reports", "gansu-2012", "facts.json"))).toBe(true);
      const text = GANSU_TEXT.replace("312 water cellars", "313 water cellars");
      const r = ok(await store.applyUpload(jsonUpload({ meta: gansuBundle().meta, text, annotations: {} })));
      expect(r.diff.entries.added).toEqual(["gansu-2012:drinking-water:313-water-cellars"]);
      expect(r.diff.entries.removed).toEqual(["gansu-2012:drinking-water:312-water-cellars"]);
      // The facts go (they quote the old text), the annotations go as asked, and the reply says both.
      expect(readdirSync(join(dir, "reports", "gansu-2012")).sort()).toEqual([
        "annotations.json",
        "meta.json",
        "report.txt",
      ]);
      expect(r.notes).toEqual([
        'removed the curated annotations of "gansu-2012" (1 labels, 1 aliases), as the bundle\'s empty "annotations" asks',
        "removed reports/gansu-2012/facts.json (curated entries for the old text): a bundle replaces the whole report",
      ]);
      expect(store.engine.answer(CELLARS_Q).figure).toBe("313 water cellars");
    });
  });

  const funds = (es: Entry[]) => es.findIndex((e) => e.written === FUNDS_WRITTEN);
  const broken: [string, () => Upload, RegExp][] = [
    [
      "invalid JSON",
      () => jsonUpload('{"report": "henan-2011", "entries": ['),
      /^the file is not valid JSON: /,
    ],
    [
      "a wrong schema",
      () => jsonUpload(factsWith((es) => es.map((e, i) => (i === 3 ? { ...e, value: "lots" } : e)))),
      /^entries\.3\.value: .*expected number/,
    ],
    [
      "a bundle whose meta breaks the schema",
      () => jsonUpload({ ...gansuBundle(), meta: { ...gansuBundle().meta, year: "2012" } }),
      /^meta\.year: .*expected number/,
    ],
    [
      "a file that is neither shape",
      () => jsonUpload({ hello: 1 }),
      /neither a report bundle .* or a facts file .*"hello"/,
    ],
    [
      "a figure missing from its sentence",
      () =>
        jsonUpload(
          factsWith((es) =>
            es.map((e) => (e.written === "52 bridges" ? { ...e, written: "53 bridges", value: 53 } : e)),
          ),
        ),
      /^provenance: .*"53 bridges" is not written in its sentence/,
    ],
    [
      "a figure of the report left without an entry",
      () => jsonUpload(factsWith((es) => es.filter((_, i) => i !== funds(es)))),
      /^coverage: .*"4\.418 billion" has no entry and no skip reason/,
    ],
    [
      "an empty file",
      () => ({ filename: "x.json", contentType: "application/json", data: Buffer.alloc(0) }),
      /^the file is empty$/,
    ],
    ["a whitespace-only file", () => jsonUpload("  \n "), /^the file is empty/],
    [
      "an over-size file",
      () => ({ filename: "big.json", contentType: null, data: Buffer.alloc(UPLOAD_MAX_BYTES + 1, 0x20) }),
      /the limit is 2 MiB \(2097152 bytes\)/,
    ],
    [
      "a wrong content type",
      () => jsonUpload(correctedFacts(), "image/png"),
      /^content type "image\/png" is not accepted/,
    ],
    [
      "a charset other than UTF-8",
      () => jsonUpload(correctedFacts(), "text/plain; charset=latin1"),
      /charset "latin1" is not accepted/,
    ],
    [
      "bytes that are not UTF-8",
      () => ({ filename: "x.json", contentType: "application/json", data: Buffer.from([0xff, 0xfe, 0x00]) }),
      /^the file is not valid UTF-8 text \(first bad byte near offset 0\)/,
    ],
    [
      "duplicate entry ids",
      () => jsonUpload(factsWith((es) => es.map((e, i) => (i === 1 ? { ...e, id: es[0]!.id } : e)))),
      /^entries\.1\.id: duplicate entry id ".+" \(already used by entries\.0\)/,
    ],
    [
      "a facts file for an unknown report",
      () => jsonUpload({ ...correctedFacts(), report: "gansu-2099" }),
      /^report: unknown report id "gansu-2099"; the knowledge has "henan-2011"/,
    ],
    [
      "entries of another report",
      () => jsonUpload(factsWith((es) => es.map((e, i) => (i === 2 ? { ...e, report: "gansu-2012" } : e)))),
      /^entries\.2\.report: "gansu-2012" is not the report/,
    ],
    [
      "a bundle whose text file name escapes its folder",
      () => jsonUpload({ ...gansuBundle(), meta: { ...gansuBundle().meta, file: "../../evil.txt" } }),
      /^meta\.file: .* must be a plain file name/,
    ],
  ];

  it.each(broken)(
    "rejects %s with a clear message, leaving disk and engine unchanged",
    async (_, make, message) => {
      await inKnowledgeCopy(async (dir) => {
        const store = KnowledgeStore.open(dir, { createEngine });
        const engine = store.engine;
        const version = store.version;
        const disk = hashTree(dir);
        let changes = 0;
        store.onChange(() => changes++);
        const r = await store.applyUpload(make());
        expect(r.ok).toBe(false);
        if (r.ok) return;
        expect(r.action).toBe("upload");
        expect(r.errors).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
        expect(hashTree(dir)).toBe(disk);
        expect(store.version).toBe(version);
        expect(store.engine).toBe(engine);
        expect(store.engine.answer(FUNDS_Q).figure).toBe(FUNDS_WRITTEN);
        expect(changes).toBe(0);
      });
    },
  );

  it("lists every problem of a broken upload, not just the first", async () => {
    await inKnowledgeCopy(async (dir) => {
      const store = KnowledgeStore.open(dir, { createEngine });
      const facts = factsWith((es) =>
        es.map((e, i) => (i === 0 ? { ...e, value: "x" } : i === 5 ? { ...e, label: "" } : e)),
      );
      const r = await store.applyUpload(jsonUpload(facts));
      expect(r.ok ? [] : r.errors).toEqual([
        expect.stringMatching(/^entries\.0\.value: /),
        expect.stringMatching(/^entries\.5\.label: /),
      ]);
    });
  });

  it("rolls back an upload (answers and disk), then fails clearly when no earlier version is left", async () => {
    await inKnowledgeCopy(async (dir) => {
      const store = KnowledgeStore.open(dir, { createEngine });
      const original = store.version;
      const disk = hashTree(join(dir, "reports"));
      ok(await store.applyUpload(jsonUpload(correctedFacts())));
      const added = ok(await store.applyUpload(jsonUpload(gansuBundle())));
      expect(store.engine.answer(CELLARS_Q).answered).toBe(true);

      const seen: string[] = [];
      store.onChange((v) => seen.push(v));
      const back = ok(await store.rollback());
      expect(back).toMatchObject({ action: "rollback", previousVersion: added.version });
      expect(back.diff.reports).toEqual({ before: 2, after: 1 });
      expect(back.diff.entries.removed).toHaveLength(4);
      expect(store.engine.answer(CELLARS_Q).answered).toBe(false);
      expect(store.engine.answer(FUNDS_Q).label).toBe(NEW_LABEL);
      expect(existsSync(join(dir, "reports", "gansu-2012"))).toBe(false);

      const first = ok(await store.rollback());
      expect(first.version).toBe(original);
      expect(first.diff.entries.changed).toHaveLength(1);
      expect(store.engine.answer(FUNDS_Q).label).not.toBe(NEW_LABEL);
      expect(hashTree(join(dir, "reports"))).toBe(disk);
      expect(KnowledgeStore.open(dir, { createEngine }).version).toBe(original);
      expect(seen).toEqual([back.version, original]);

      // Each restored snapshot is gone, and nothing is left over in the working folders.
      expect(readdirSync(join(dir, VERSIONS_DIR))).toEqual([]);
      expect(existsSync(join(dir, ".staging")) ? readdirSync(join(dir, ".staging")) : []).toEqual([]);

      const none = await store.rollback();
      expect(none).toEqual({ ok: false, action: "rollback", errors: [NO_SNAPSHOT_ERROR] });
      expect(store.version).toBe(original);
      expect(hashTree(join(dir, "reports"))).toBe(disk);
    });
  });

  it(`keeps only the last ${MAX_SNAPSHOTS} snapshots`, async () => {
    await inKnowledgeCopy(async (dir) => {
      const store = KnowledgeStore.open(dir, { createEngine });
      const versions = [store.version];
      for (let n = 1; n <= MAX_SNAPSHOTS + 2; n++) {
        versions.push(
          ok(
            await store.applyUpload(
              jsonUpload(
                factsWith((es) =>
                  es.map((e) =>
                    e.written === FUNDS_WRITTEN ? { ...e, label: `${NEW_LABEL.slice(0, -1)}, #${n})` } : e,
                  ),
                ),
              ),
            ),
          ).version,
        );
      }
      const names = readdirSync(join(dir, VERSIONS_DIR)).filter((n) => !n.startsWith("."));
      expect(names).toHaveLength(MAX_SNAPSHOTS);
      // The newest snapshot holds the version before the last upload; the two oldest are gone.
      expect(names.sort().map((n) => n.slice(-12))).toEqual(versions.slice(2, 2 + MAX_SNAPSHOTS));
    });
  });

  it("reload picks up what another store saved to the same folder, and keeps serving on an invalid folder", async () => {
    await inKnowledgeCopy(async (dir) => {
      const a = KnowledgeStore.open(dir, { createEngine });
      const b = KnowledgeStore.open(dir, { createEngine });
      const saved = ok(await b.applyUpload(jsonUpload(gansuBundle())));
      expect(a.version).not.toBe(saved.version);
      expect(a.engine.answer(CELLARS_Q).answered).toBe(false);

      const seen: string[] = [];
      const stop = a.onChange((v) => seen.push(v));
      const r = ok(await a.reload());
      expect(r).toMatchObject({ action: "reload", version: saved.version, saved: [] });
      expect(r.diff.entries.added).toHaveLength(4);
      expect(a.engine.answer(CELLARS_Q).figure).toBe("312 water cellars");
      expect(seen).toEqual([saved.version]);

      const again = ok(await a.reload());
      expect(again.version).toBe(again.previousVersion);
      expect(seen).toHaveLength(1);

      stop();
      const engine = a.engine;
      const facts = factsWith((es) =>
        es.map((e) => (e.written === "52 bridges" ? { ...e, written: "53 bridges", value: 53 } : e)),
      );
      writeFileSync(join(dir, HENAN, "facts.json"), JSON.stringify(facts));
      const bad = await a.reload();
      expect(bad.ok).toBe(false);
      expect(bad.ok ? [] : bad.errors).toEqual(
        expect.arrayContaining([expect.stringMatching(/^provenance: .*"53 bridges" is not written/)]),
      );
      expect(a.engine).toBe(engine);
      expect(a.version).toBe(saved.version);
    });
  });
});
