// The store's side of /refresh for reports as moderators add them: the result names each report
// added, changed or removed with its new figures, audit and unlabelled figures; a report on disk
// that cannot load is skipped and listed (at open, reload and upload) while the rest is served; a
// byte-identical upload changes nothing; a copy of a loaded report under another id is refused
// unless confirmed; a facts file carrying the meta and text creates its report.
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/answering/engine.js";
import { KnowledgeStore, type RefreshResult, type Upload } from "../../src/knowledge/store.js";
import { labelNotMade } from "../../src/knowledge/store/reports.js";
import { hashTree, inKnowledgeCopy } from "./copy.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures", "reports");
const open = (dir: string) => KnowledgeStore.open(dir, { createEngine });
const upload = (value: unknown, extra: Partial<Upload> = {}): Upload => ({
  filename: "upload.json",
  contentType: "application/json",
  data: Buffer.from(JSON.stringify(value, null, 2), "utf8"),
  ...extra,
});
const fixture = (name: string) => ({
  meta: JSON.parse(readFileSync(join(FIXTURES, name, "meta.json"), "utf8")),
  text: readFileSync(join(FIXTURES, name, "report.txt"), "utf8"),
});

function ok(r: RefreshResult) {
  if (!r.ok) throw new Error(`expected success, got: ${r.errors.join("\n")}`);
  return r;
}
function refused(r: RefreshResult): string[] {
  if (r.ok) throw new Error("expected a refusal");
  return r.errors;
}

describe("the /refresh result names each report and what came with it", () => {
  it("an added report: id, title, region, year, a few new figure labels with the count, its audit, unlabelled figures", async () => {
    await inKnowledgeCopy(async (dir) => {
      const store = open(dir);
      const r = ok(await store.applyUpload(upload(fixture("anhui-2012"))));
      expect(r.reports.removed).toEqual([]);
      expect(r.reports.changed).toEqual([]);
      expect(r.reports.added).toHaveLength(1);
      const added = r.reports.added[0]!;
      expect(added).toMatchObject({
        id: "anhui-2012",
        title: "Poverty Alleviation and Development in Anhui Province",
        region: "Anhui",
        year: 2012,
      });
      const anhui = store.kb.entries.filter((e) => e.report === "anhui-2012");
      expect(added.newFigures.count).toBe(anhui.length);
      expect(added.newFigures.labels).toEqual(anhui.slice(0, 5).map((e) => e.label));
      const groups = store.kb.reports.find((x) => x.meta.id === "anhui-2012")!.groups;
      expect(groups.length).toBeGreaterThan(0);
      expect(added.audit.checks).toBeGreaterThanOrEqual(groups.length);
      expect(added.unlabelled.count).toBe(anhui.filter(labelNotMade).length);
      expect(r.skippedReports).toEqual([]);
    });
  });

  it("a changed report lists only its new figures; a removed one (rollback) is named", async () => {
    await inKnowledgeCopy(async (dir) => {
      const store = open(dir);
      ok(await store.applyUpload(upload(fixture("anhui-2012"))));
      const bundle = fixture("anhui-2012");
      bundle.text = bundle.text.replace("163,800 people", "163,900 people");
      const changed = ok(await store.applyUpload(upload(bundle)));
      expect(changed.reports.added).toEqual([]);
      // Every figure of the edited sentence is new (its sentence changed); no other figure is.
      const edited = store.kb.entries.filter((e) => e.sentence.includes("163,900 people"));
      expect(edited.length).toBeGreaterThan(1);
      expect(changed.reports.changed).toEqual([
        expect.objectContaining({
          id: "anhui-2012",
          newFigures: { count: edited.length, labels: edited.map((e) => e.label) },
        }),
      ]);
      ok(await store.rollback());
      const back = ok(await store.rollback());
      expect(back.reports.removed).toEqual([
        {
          id: "anhui-2012",
          title: "Poverty Alleviation and Development in Anhui Province",
          region: "Anhui",
          year: 2012,
        },
      ]);
    });
  });

  it("a label that is only the figure counts as not made", () => {
    const e = { written: "3.65 billion Yuan", unit: "Yuan" } as const;
    expect(labelNotMade({ ...e, label: "3.65 billion Yuan" } as never)).toBe(true);
    expect(labelNotMade({ ...e, label: "up 18.4%" } as never)).toBe(true);
    expect(labelNotMade({ ...e, label: "Anti-poverty funds invested in Anhui" } as never)).toBe(false);
  });
});

describe("a byte-identical upload changes nothing", () => {
  it("the same bundle twice: the second says nothing changed, writes nothing, keeps the version", async () => {
    await inKnowledgeCopy(async (dir) => {
      const store = open(dir);
      const first = ok(await store.applyUpload(upload(fixture("anhui-2012"))));
      const disk = hashTree(dir);
      const again = ok(await store.applyUpload(upload(fixture("anhui-2012"))));
      expect(again.changed).toBe(false);
      expect(again.version).toBe(first.version);
      expect(again.notes[0]).toMatch(/^nothing changed/);
      expect(again.reports).toEqual({ added: [], changed: [], removed: [] });
      expect(hashTree(dir)).toBe(disk);
    });
  });
});

describe("a report that repeats a loaded one under another id", () => {
  it("is refused, naming the report it repeats; nothing is written", async () => {
    await inKnowledgeCopy(async (dir) => {
      const store = open(dir);
      ok(await store.applyUpload(upload(fixture("anhui-2012"))));
      const disk = hashTree(dir);
      const version = store.version;
      // The same report without its 【】 marks, under another id: the same region, year and text.
      const errors = refused(await store.applyUpload(upload(fixture("anhui-2012-plain"))));
      expect(errors.join("\n")).toMatch(
        /report "anhui-2012-plain" repeats report "anhui-2012" \(Poverty Alleviation and Development in Anhui Province, Anhui 2012\)/,
      );
      expect(store.version).toBe(version);
      expect(hashTree(dir)).toBe(disk);
    });
  });

  it("is added when the moderator confirms it", async () => {
    await inKnowledgeCopy(async (dir) => {
      const store = open(dir);
      ok(await store.applyUpload(upload(fixture("anhui-2012"))));
      const r = ok(await store.applyUpload(upload(fixture("anhui-2012-plain"), { confirmDuplicate: true })));
      expect(r.reports.added.map((a) => a.id)).toEqual(["anhui-2012-plain"]);
    });
  });
});

describe("a facts file may create a report when it carries the meta and the text", () => {
  it("creates the folder with meta.json, the text and facts.json, and serves its figures", async () => {
    await inKnowledgeCopy(async (dir) => {
      // The figures as the loader makes them, from a store that has the report.
      const entries = await inKnowledgeCopy(async (other) => {
        const s = open(other);
        ok(await s.applyUpload(upload(fixture("anhui-2012"))));
        // Labels in the sentence's own words: a facts file's labels must be supported by it.
        return s.kb.entries.filter((e) => e.report === "anhui-2012").map((e) => ({ ...e, label: e.context }));
      });
      const store = open(dir);
      const { meta, text } = fixture("anhui-2012");
      const r = ok(await store.applyUpload(upload({ report: "anhui-2012", meta, text, entries })));
      expect(r.reports.added.map((a) => [a.id, a.newFigures.count])).toEqual([
        ["anhui-2012", entries.length],
      ]);
      expect(readdirSync(join(dir, "reports", "anhui-2012")).sort()).toEqual([
        "facts.json",
        "meta.json",
        "report.txt",
      ]);
      expect(JSON.parse(readFileSync(join(dir, "reports/anhui-2012/facts.json"), "utf8"))).toEqual({
        report: "anhui-2012",
        entries,
      });
      expect(open(dir).version).toBe(store.version);
    });
  });

  it("without the text it is refused, saying what it lacks", async () => {
    await inKnowledgeCopy(async (dir) => {
      const { meta } = fixture("anhui-2012");
      const errors = refused(
        await open(dir).applyUpload(upload({ report: "anhui-2012", meta, entries: [] })),
      );
      expect(errors.join("\n")).toMatch(/carries both its "meta" and its "text"|at least one entry/);
    });
  });
});

describe("a report on disk that cannot load is skipped; the rest is served", () => {
  const addBroken = (dir: string) => {
    cpSync(join(FIXTURES, "anhui-2012"), join(dir, "reports", "anhui-2012"), { recursive: true });
    writeFileSync(join(dir, "reports/anhui-2012/meta.json"), "{ broken");
  };

  it("at open: the store serves Henan and lists the skipped report with its reason", async () => {
    await inKnowledgeCopy(async (dir) => {
      addBroken(dir);
      const store = open(dir);
      expect(store.kb.reports.map((r) => r.meta.id)).toEqual(["henan-2011"]);
      expect(store.skippedReports).toEqual([
        {
          report: "reports/anhui-2012",
          folder: "anhui-2012",
          violations: [
            {
              check: "schema",
              message: expect.stringMatching(/^reports\/anhui-2012\/meta\.json: not valid JSON/),
            },
          ],
        },
      ]);
    });
  });

  it("at reload: a new broken folder is listed in the result and the rest reloads", async () => {
    await inKnowledgeCopy(async (dir) => {
      const store = open(dir);
      addBroken(dir);
      const r = ok(await store.reload());
      expect(r.skippedReports.map((s) => s.folder)).toEqual(["anhui-2012"]);
      expect(store.kb.reports.map((x) => x.meta.id)).toEqual(["henan-2011"]);
    });
  });

  it("at upload: another report's upload goes through and its result lists the skipped report", async () => {
    await inKnowledgeCopy(async (dir) => {
      addBroken(dir);
      const store = open(dir);
      const bundle = fixture("anhui-2012");
      const r = ok(
        await store.applyUpload(upload({ ...bundle, meta: { ...bundle.meta, id: "anhui-2012b" } })),
      );
      expect(r.reports.added.map((a) => a.id)).toEqual(["anhui-2012b"]);
      expect(r.skippedReports.map((s) => s.folder)).toEqual(["anhui-2012"]);
    });
  });

  it("a report served now that breaks on disk is not dropped: the reload is refused with its reason", async () => {
    await inKnowledgeCopy(async (dir) => {
      const store = open(dir);
      ok(await store.applyUpload(upload(fixture("anhui-2012"))));
      const version = store.version;
      writeFileSync(join(dir, "reports/anhui-2012/report.txt"), "");
      const errors = refused(await store.reload());
      expect(errors[0]).toBe("the knowledge folder on disk is not valid; still serving the loaded version");
      expect(errors).toContain("schema: anhui-2012: report text is empty");
      expect(store.version).toBe(version);
      expect(existsSync(join(dir, "reports/anhui-2012"))).toBe(true);
    });
  });
});
