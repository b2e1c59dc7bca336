// Refresh with bad data, through the real KnowledgeStore over temp copies of knowledge/: a matrix
// of broken uploads, and of a folder broken on disk then reloaded: each is refused with a clear
// message, the previous knowledge keeps serving (every answer the same, the same engine), and
// nothing on disk changes (a hash of every file and folder, hidden ones included).
// tests/knowledge/store.test.ts has the store's own rejection tests; this matrix adds the inputs and
// the checks above (answers before == after, folders too, fresh loads, reload from disk). A crash in
// the middle of saving is in crash-replace.test.ts and crash-saves.test.ts; here, a save cut short on
// a folder another machine shares, and writes that fail (disk full, EIO) at each step of a save.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Answer } from "../../src/answering/schema.js";
import type { Entry } from "../../src/knowledge/schema.js";
import { createEngine, type Engine } from "../../src/answering/engine.js";
import {
  KnowledgeStore,
  STAGING_DIR,
  UPLOAD_MAX_BYTES,
  type StoreFs,
  type Upload,
} from "../../src/knowledge/store.js";
import { HENAN } from "../support/knowledge.js";
import { expectKilled, FULL, isCopyStep, state, tracedFs } from "./support/crash-matrix.js";
import { disposeChild, prepareChild, runChild } from "./support/crash.js";
import { copyDir, hashTree, listTree, removeCopies } from "./support/disk.js";
import {
  answers,
  facts,
  GANSU_META,
  GANSU_TEXT,
  gansu,
  gansuAdded,
  henanEntries,
  json,
  knowledgeCopy,
  ok,
  relabel,
  upload,
} from "./support/refresh.js";

afterAll(removeCopies);

// ---- broken uploads ------------------------------------------------------------------------------

const utf8Json = JSON.stringify(relabel("Financial anti-poverty funds, corrected"));
const latin1 = Buffer.from(
  JSON.stringify(gansu(GANSU_TEXT.replace("Overview", "Vue d'ensemble générale"))),
  "latin1",
);
const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf8Json, "utf16le")]);
const overlong = Buffer.concat([
  Buffer.from(utf8Json.slice(0, 40), "utf8"),
  Buffer.from([0xc0, 0xaf]),
  Buffer.from(utf8Json.slice(40), "utf8"),
]);
const surrogate = Buffer.concat([
  Buffer.from(utf8Json.slice(0, 60), "utf8"),
  Buffer.from([0xed, 0xa0, 0x80]),
  Buffer.from(utf8Json.slice(60), "utf8"),
]);
/** A valid facts file padded with spaces to `size` bytes. */
const padded = (size: number) => {
  const text = JSON.stringify(relabel("Financial anti-poverty funds (padded to the size limit)"));
  return upload(text + " ".repeat(size - Buffer.byteLength(text)));
};

type Row = { input: string; make: () => Upload | Promise<Upload>; message: RegExp; withGansu?: boolean };
const BROKEN: Record<string, Row[]> = {
  "invalid JSON": [
    {
      input: "a facts file cut off",
      make: () => upload(utf8Json.slice(0, utf8Json.length / 2)),
      message: /^the file is not valid JSON: /,
    },
    {
      input: "trailing garbage after the JSON",
      make: () => upload(`${utf8Json}\n}`),
      message: /^the file is not valid JSON: /,
    },
    {
      input: "JSON with comments",
      make: () => upload(`// fixed\n${utf8Json}`),
      message: /^the file is not valid JSON: /,
    },
    {
      input: "a bundle with single quotes",
      make: () => upload(JSON.stringify(gansu()).replace(/"/g, "'")),
      message: /^the file is not valid JSON: /,
    },
  ],
  "wrong schema": [
    {
      input: "an array",
      make: () => json([relabel("x")]),
      message: /^the file holds an array; expected a report bundle/,
    },
    { input: "null", make: () => upload("null"), message: /^the file holds null; expected/ },
    { input: "a number", make: () => upload("42"), message: /^the file holds a number; expected/ },
    {
      input: "an object of neither shape",
      make: () => json({ entries_: [] }),
      message: /^the file is neither a report bundle .*; its keys are "entries_"/,
    },
    {
      input: "a facts file whose entries is not an array",
      make: () => json({ report: "henan-2011", entries: {} }),
      message: /^entries: .*expected array/,
    },
    {
      input: "a facts file with no entries",
      make: () => json({ report: "henan-2011", entries: [] }),
      message: /^entries: a facts file needs at least one entry/,
    },
    {
      input: "an entry of an unknown kind",
      make: () => json(facts((es) => es.map((e, i) => (i === 0 ? { ...e, kind: "weight" } : e)))),
      message: /^entries\.0\.kind: /,
    },
    {
      input: "an entry with a non-finite value",
      make: () => upload(utf8Json.replace(/"value":\s*[\d.]+/, '"value": 1e999')),
      message: /^entries\.\d+\.value: /,
    },
    { input: "a bundle without text", make: () => json({ meta: GANSU_META }), message: /^text: / },
    {
      input: "a bundle with blank text",
      make: () => json({ ...gansu(), text: " \n\t " }),
      message: /^text: report text is empty/,
    },
    {
      input: "a bundle with an unknown key",
      make: () => json({ ...gansu(), extra: 1 }),
      message: /^\(root\): .*"extra"/,
    },
    {
      input: "a bundle whose id is not a slug",
      make: () => json({ ...gansu(), meta: { ...GANSU_META, id: "Gansu 2012" } }),
      message: /^meta\.id: lowercase letters, digits and dashes/,
    },
    {
      // (A text with no sections at all loads as one section, with a warning: see tests/knowledge/reports.test.ts.)
      input: "a bundle whose meta.json names a section the text lacks",
      make: () =>
        json({
          meta: { ...GANSU_META, sections: ["Overview", "Roads"] },
          text: "Poverty Alleviation in Gansu Province\n\nOverview\nIn 2012, Gansu built 312 water cellars.",
        }),
      message: /^schema: gansu-2012 meta\.json: sections: "Roads" does not start a line/,
    },
    {
      input: "a bundle whose annotations name an unknown entry",
      make: () =>
        json({
          ...gansu(),
          annotations: { entries: { "gansu-2012:overview:999-goats": { label: "Goats" } } },
        }),
      message: /^ids: gansu-2012: annotations name unknown entry gansu-2012:overview:999-goats/,
    },
  ],
  "a figure missing from its sentence": [
    {
      input: "a facts entry whose figure is not in its sentence",
      make: () =>
        json(
          facts((es) =>
            es.map((e) => (e.written === "52 bridges" ? { ...e, written: "53 bridges", value: 53 } : e)),
          ),
        ),
      message: /^provenance: .*"53 bridges" is not written in its sentence/,
    },
    {
      input: "a facts entry whose sentence is not in the report",
      make: () =>
        json(
          facts((es) =>
            es.map((e) => (e.written === "52 bridges" ? { ...e, sentence: `${e.sentence} (revised)` } : e)),
          ),
        ),
      message: /^provenance: /,
    },
    {
      input: "a facts entry moved to another section",
      make: () =>
        json(
          facts((es) => es.map((e) => (e.written === "52 bridges" ? { ...e, section: "Lottery fund" } : e))),
        ),
      message: /^provenance: /,
    },
  ],
  "an empty file": [
    { input: "zero bytes", make: () => upload(Buffer.alloc(0)), message: /^the file is empty$/ },
    {
      input: "only whitespace and newlines",
      make: () => upload(" \r\n\t\n"),
      message: /^the file is empty \(only whitespace\)$/,
    },
    {
      input: "an empty object",
      make: () => json({}),
      message: /^the file is neither .*; its keys are none$/,
    },
  ],
  "a huge file": [
    {
      input: "one byte over the limit",
      make: () => padded(UPLOAD_MAX_BYTES + 1),
      message: /^the file is 2\.00 MiB; the limit is 2 MiB \(2097152 bytes\)$/,
    },
    {
      input: "50 MiB",
      make: () => upload(Buffer.alloc(50 * 1024 * 1024, 0x20)),
      message: /^the file is 50 MiB; the limit is 2 MiB/,
    },
  ],
  "a wrong content type": [
    {
      input: "text/html",
      make: () => upload(utf8Json, "text/html"),
      message: /^content type "text\/html" is not accepted: upload a JSON file/,
    },
    {
      input: "application/octet-stream",
      make: () => upload(utf8Json, "application/octet-stream"),
      message: /^content type "application\/octet-stream" is not accepted/,
    },
    {
      input: "an image with a UTF-8 charset",
      make: () => upload(utf8Json, "image/png; charset=utf-8"),
      message: /^content type "image\/png; charset=utf-8" is not accepted/,
    },
    {
      input: "JSON declared as UTF-16",
      make: () => upload(utf8Json, "application/json; charset=utf-16"),
      message: /charset "utf-16" is not accepted; the file must be UTF-8/,
    },
  ],
  "bytes that are not UTF-8": [
    {
      input: "Latin-1 text",
      make: () => upload(latin1, null),
      message: /^the file is not valid UTF-8 text \(first bad byte near offset \d+\)$/,
    },
    {
      input: "UTF-16 with a byte order mark",
      make: () => upload(utf16, null),
      message: /^the file is not valid UTF-8 text \(first bad byte near offset 0\)$/,
    },
    {
      input: "an overlong encoding",
      make: () => upload(overlong),
      message: /^the file is not valid UTF-8 text \(first bad byte near offset 40\)$/,
    },
    {
      input: "an encoded lone surrogate",
      make: () => upload(surrogate),
      message: /^the file is not valid UTF-8 text \(first bad byte near offset 60\)$/,
    },
  ],
  "duplicate ids": [
    {
      input: "one entry id twice in a facts file",
      make: () => json(facts((es) => [...es, es[4]!])),
      message: /^entries\.\d+\.id: duplicate entry id ".+" \(already used by entries\.4\)/,
    },
    {
      input: "an entry id of another report",
      withGansu: true,
      make: async () => json({ report: "gansu-2012", entries: await gansuEntriesWithHenanId() }),
      message: /^ids: duplicate entry id /,
    },
  ],
};

/** Gansu's entries, the first one renamed to an id Henan already uses. */
async function gansuEntriesWithHenanId(): Promise<Entry[]> {
  const es = (await gansuAdded()).entries.map((e) => ({ ...e }));
  es[0]!.id = henanEntries()[0]!.id;
  return es;
}

/** A store over its own copy of knowledge/, and what it serves and holds on disk before any upload. */
type Serving = {
  dir: string;
  store: KnowledgeStore<Engine>;
  engine: Engine;
  version: string;
  answers: Answer[];
  disk: string;
};
async function serving(withGansu = false): Promise<Serving> {
  const dir = await knowledgeCopy(withGansu);
  const store = KnowledgeStore.open(dir, { createEngine });
  return {
    dir,
    store,
    engine: store.engine,
    version: store.version,
    answers: answers(store),
    disk: hashTree(dir),
  };
}

describe("refresh with a broken upload: refused with a clear message, old knowledge keeps serving, nothing on disk changes", () => {
  // Every row is refused and must leave the store and its folder exactly as they were (checked
  // below, against the state before the first row), so the rows share one store per starting
  // folder instead of each opening its own: a later row still starts from the same state, and a
  // row that changed anything fails itself and every row after it.
  const stores = new Map<boolean, Promise<Serving>>();
  const servingFor = (withGansu = false) => {
    if (!stores.has(withGansu)) stores.set(withGansu, serving(withGansu));
    return stores.get(withGansu)!;
  };
  const rows = Object.entries(BROKEN).flatMap(([kind, rs]) => rs.map((r) => [kind, r.input, r] as const));
  it.each(rows)("%s: %s", async (_kind, _input, row) => {
    const { dir, store, engine, version, answers: before, disk } = await servingFor(row.withGansu);
    expect(store.engine).toBe(engine);
    expect(store.version).toBe(version);
    expect(hashTree(dir)).toBe(disk);
    let changes = 0;
    const stopCounting = store.onChange(() => changes++);

    const r = await store.applyUpload(await row.make());
    stopCounting();

    expect(r.ok).toBe(false);
    const errors = r.ok ? [] : r.errors;
    expect(errors, errors.join("\n")).toEqual(expect.arrayContaining([expect.stringMatching(row.message)]));
    // Clear: short, readable lines, none of them a stack trace or an object dump.
    for (const e of errors) {
      expect(e.length).toBeGreaterThan(10);
      expect(e.length).toBeLessThan(600);
      expect(e).not.toMatch(/\n\s+at |\[object Object\]/);
    }
    expect(store.engine).toBe(engine);
    expect(store.version).toBe(version);
    expect(answers(store)).toEqual(before);
    expect(changes).toBe(0);
    expect(hashTree(dir)).toBe(disk);
    expect(KnowledgeStore.open(dir, { createEngine }).version).toBe(version);
  });

  it("a file of exactly the size limit is not refused for its size", async () => {
    const dir = await knowledgeCopy();
    const r = await KnowledgeStore.open(dir, { createEngine }).applyUpload(padded(UPLOAD_MAX_BYTES));
    expect(r.ok, r.ok ? "" : r.errors.join("\n")).toBe(true);
  });
});

// ---- a folder broken on disk, then reloaded ------------------------------------------------------

type DiskRow = [string, (dir: string) => void, RegExp];
const henanFile = (dir: string, name: string) => join(dir, HENAN, name);
const DISK_BROKEN: DiskRow[] = [
  [
    "invalid JSON in meta.json",
    (d) => writeFileSync(henanFile(d, "meta.json"), "{ not json"),
    /^schema: .*meta\.json: not valid JSON/,
  ],
  [
    "an empty facts.json",
    (d) => writeFileSync(henanFile(d, "facts.json"), ""),
    /^schema: .*facts\.json: not valid JSON/,
  ],
  [
    "a facts.json of the wrong schema",
    (d) => writeFileSync(henanFile(d, "facts.json"), JSON.stringify({ entries: [{ id: 1 }] })),
    /^schema: henan-2011 facts\.json: /,
  ],
  [
    "a figure missing from its sentence",
    (d) =>
      writeFileSync(
        henanFile(d, "facts.json"),
        JSON.stringify(
          facts((es) =>
            es.map((e) => (e.written === "52 bridges" ? { ...e, written: "53 bridges", value: 53 } : e)),
          ),
        ),
      ),
    /^provenance: .*"53 bridges" is not written/,
  ],
  [
    "an empty report text",
    (d) => writeFileSync(henanFile(d, "report.txt"), ""),
    /^schema: henan-2011: report text is empty/,
  ],
  [
    "duplicate entry ids in facts.json",
    (d) => writeFileSync(henanFile(d, "facts.json"), JSON.stringify(facts((es) => [...es, es[0]!]))),
    /^ids: duplicate entry id /,
  ],
  [
    "no reports folder at all",
    (d) => rmSync(join(d, "reports"), { recursive: true }),
    /^schema: no reports folder at /,
  ],
  [
    "a report.txt that is not UTF-8",
    (d) =>
      writeFileSync(
        henanFile(d, "report.txt"),
        Buffer.concat([
          Buffer.from("Title\n【Overview】In 2011, 5 "),
          Buffer.from([0xff, 0xfe]),
          Buffer.from(" villages."),
        ]),
      ),
    /^schema: .*report\.txt: not valid UTF-8 text/,
  ],
];

describe("reload of a folder broken on disk: refused with a clear message, old knowledge keeps serving, the store writes nothing", () => {
  it.each(DISK_BROKEN)("%s", async (_input, breakIt, message) => {
    const dir = await knowledgeCopy();
    const store = KnowledgeStore.open(dir, { createEngine });
    const { engine, version } = store;
    const before = answers(store);
    breakIt(dir);
    const disk = hashTree(dir);
    const r = await store.reload();
    expect(r.ok).toBe(false);
    const errors = r.ok ? [] : r.errors;
    expect(errors[0]).toBe("the knowledge folder on disk is not valid; still serving the loaded version");
    expect(errors, errors.join("\n")).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
    expect(store.engine).toBe(engine);
    expect(store.version).toBe(version);
    expect(answers(store)).toEqual(before);
    expect(hashTree(dir)).toBe(disk);
  });
});

describe("reload of a folder with a bad report beside the good ones: the good ones keep serving", () => {
  it("a second folder with the same report id is skipped, named with its reason; every answer is the same", async () => {
    const dir = await knowledgeCopy();
    const store = KnowledgeStore.open(dir, { createEngine });
    const before = answers(store);
    cpSync(join(dir, HENAN), join(dir, "reports", "henan-copy"), { recursive: true });
    const disk = hashTree(dir);
    const r = ok(await store.reload());
    expect(r.skippedReports).toEqual([
      {
        report: "henan-2011",
        folder: "henan-copy",
        violations: [
          { check: "ids", message: "duplicate report id henan-2011: already loaded from reports/henan-2011" },
        ],
      },
    ]);
    expect(store.skippedReports).toEqual(r.skippedReports);
    expect(answers(store)).toEqual(before);
    expect(hashTree(dir)).toBe(disk);
  });
});

// ---- a save cut short on a shared folder, and writes that fail ----------------------------------

describe("a crash in the middle of saving leaves the old version or the new one, complete, never a mix", () => {
  beforeAll(prepareChild);
  afterAll(disposeChild);

  it("a save of another machine on a shared folder: a live one is waited for or refused, a dead one is recovered", async () => {
    const dir = await knowledgeCopy();
    const reader = KnowledgeStore.open(dir, { createEngine });
    const old = state(dir);
    const uploadFile = join(copyDir(dir), "upload.json");
    const u = json(relabel("Financial anti-poverty funds (another machine)"));
    writeFileSync(
      uploadFile,
      JSON.stringify({ filename: u.filename, contentType: u.contentType, data: u.data.toString("utf8") }),
    );
    const journalFile = join(dir, STAGING_DIR, "save.json");
    const foreign = (startedAt: number) => {
      const j = JSON.parse(readFileSync(journalFile, "utf8")) as Record<string, unknown>;
      writeFileSync(journalFile, JSON.stringify({ ...j, host: "another-machine", pid: 1, startedAt }));
    };

    // Cut between the two renames of the swap; the journal now looks like a container's that this machine cannot check.
    const dry = await runChild({ dir: copyDir(dir), action: "upload", upload: uploadFile, crashAt: -1 });
    const second = dry.done!.steps.findIndex((st) => /^rename .*new-.* -> .*\/reports$/.test(st));
    expectKilled(
      await runChild({ dir, action: "upload", upload: uploadFile, crashAt: second }),
      "killed between the renames",
    );
    expect(existsSync(join(dir, "reports"))).toBe(false);
    foreign(Date.now());

    // A reader waits (reports/ is never missing for long in a live save), then puts the old folder back.
    const started = Date.now();
    const r = await reader.reload();
    expect(r.ok, r.ok ? "" : r.errors.join("\n")).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(state(dir)).toEqual(old);
    expect(existsSync(journalFile)).toBe(false);

    // A live save elsewhere (fresh journal, reports/ in place): a save here is refused, nothing changes, reads go on.
    const writer = KnowledgeStore.open(dir, { createEngine });
    const planted = copyDir(dir);
    expectKilled(
      await runChild({ dir: planted, action: "upload", upload: uploadFile, crashAt: second - 1 }),
      "killed before the swap",
    );
    cpSync(join(planted, STAGING_DIR, "save.json"), journalFile);
    foreign(Date.now());
    const disk = hashTree(dir);
    const refused = await writer.applyUpload(json(relabel("Financial anti-poverty funds (refused)")));
    expect(refused.ok).toBe(false);
    expect(refused.ok ? [] : refused.errors).toEqual([
      expect.stringMatching(
        /^could not save the upload; nothing was changed: another save \(upload, process 1 on another-machine\) is in progress; try again$/,
      ),
    ]);
    expect(hashTree(dir)).toBe(disk);
    expect((await writer.reload()).ok).toBe(true);
    expect(writer.version).toBe(old.version);

    // The same journal two minutes old: that save is dead; the next save recovers it and goes through.
    foreign(Date.now() - 120_000);
    ok(await writer.applyUpload(json(relabel("Financial anti-poverty funds (after the dead save)"))));
    expect(listTree(join(dir, STAGING_DIR))).toEqual([]);
  }, 60_000);

  it("a write that fails (disk full, EIO) at any step: before the swap the save is undone and reported, after it the new version stands", async () => {
    const template = await knowledgeCopy(true);
    const old = state(template);
    const make = () =>
      json({
        meta: GANSU_META,
        text: GANSU_TEXT.replace("312 water cellars", "313 water cellars"),
        annotations: {},
      });
    // The steps of this save, counted through the injected StoreFs.
    const steps: string[] = [];
    const counting = (failAt: number): StoreFs => {
      const step = (what: string) => {
        steps.push(what);
        if (steps.length - 1 === failAt)
          throw Object.assign(new Error(`EIO: i/o error, ${what}`), { code: "EIO" });
      };
      return tracedFs(step);
    };
    const cleanDir = copyDir(template);
    ok(await KnowledgeStore.open(cleanDir, { createEngine, fs: counting(-1) }).applyUpload(make()));
    const next = state(cleanDir);
    const all = [...steps];
    const swap = all.findIndex((st) => /^rename .*new-.* -> .*\/reports$/.test(st));
    expect(swap).toBeGreaterThan(0);

    for (let n = 0; n < all.length; n++) {
      if (
        FULL ? false : n < swap - 1 && isCopyStep(all[n - 1]) && isCopyStep(all[n]) && isCopyStep(all[n + 1])
      )
        continue;
      const dir = copyDir(template);
      steps.length = 0;
      const store = KnowledgeStore.open(dir, { createEngine, fs: counting(n) });
      const engine = store.engine;
      const r = await store.applyUpload(make());
      const what = `failing at step ${n} (${all[n]})`;
      if (n <= swap) {
        expect(r.ok, what).toBe(false);
        expect(r.ok ? [] : r.errors, what).toEqual([
          expect.stringMatching(/^could not save the upload; nothing was changed: EIO: i\/o error/),
        ]);
        expect(store.engine, what).toBe(engine);
        expect(state(dir), what).toEqual(old);
      } else {
        expect(r.ok, what).toBe(true);
        expect(state(dir), what).toEqual(next);
        expect(store.version).toBe(next.version);
      }
      // After the swap a failed clean-up may leave the journal; the next open or save settles it.
      if (n <= swap)
        expect(existsSync(join(dir, STAGING_DIR, "save.json")), `${what}: journal left`).toBe(false);
      else expect(KnowledgeStore.open(dir, { createEngine }).version, what).toBe(next.version);
    }
  }, 120_000);
});
