// Refresh with bad data, through the real KnowledgeStore over temp copies of knowledge/:
//  - a matrix of broken uploads, and of a folder broken on disk then reloaded: each is refused with a
//    clear message, the previous knowledge keeps serving (every answer the same, the same engine),
//    and nothing on disk changes (a hash of every file and folder, hidden ones included);
//  - a crash in the middle of saving: the save runs in a child process that is SIGKILLed at each
//    write step in turn (and with file writes torn in half, and again while the next process
//    recovers); opened afterwards, the folder always loads, and holds the old version or the new
//    one complete, never a mix. By default the report replacement and the rollback are killed at
//    every step, the other saves at every step but the middle of long runs of file copies;
//    RELIABILITY_FULL=1 kills every save at every step and tears every write (about twice as long).
// tests/knowledge/store.test.ts has the store's own rejection tests; this matrix adds the inputs and
// the checks above (answers before == after, folders too, fresh loads, reload from disk).
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Answer } from "../../src/answering/schema.js";
import type { Entry } from "../../src/knowledge/schema.js";
import { createEngine, type Engine } from "../../src/answering/engine.js";
import {
  KnowledgeStore,
  MAX_SNAPSHOTS,
  nodeStoreFs,
  STAGING_DIR,
  UPLOAD_MAX_BYTES,
  VERSIONS_DIR,
  type RefreshResult,
  type StoreFs,
  type Upload,
} from "../../src/knowledge/store.js";
import { DEFAULT_KNOWLEDGE_DIR } from "../../src/paths.js";
import { HENAN, MADE_UP_GANSU_META, realEngine } from "../support/knowledge.js";
import { disposeChild, pool, prepareChild, runChild, type ChildRun } from "./support/crash.js";
import { copyDir, hashTree, listTree, removeCopies } from "./support/disk.js";

afterAll(removeCopies);

const FUNDS_Q = "How much financial anti-poverty funds were issued in 2011?";
const CELLARS_Q = "How many water cellars were built in Gansu in 2012?";
const QUESTIONS = [
  FUNDS_Q,
  CELLARS_Q,
  "易地扶贫搬迁了多少户？",
  "How many bridges were built?",
  "what is the price of bananas on mars",
  "Rain Plan",
];
const answers = (store: KnowledgeStore<Engine>): Answer[] => QUESTIONS.map((q) => store.engine.answer(q));

const henanEntries = (): Entry[] =>
  realEngine()
    .kb.entries.filter((e) => e.report === "henan-2011")
    .map((e) => ({ ...e }));
const facts = (change: (es: Entry[]) => unknown[] = (es) => es, report = "henan-2011") => ({
  report,
  entries: change(henanEntries()),
});
const relabel = (label: string) =>
  facts((es) => es.map((e) => (e.written === "4.418 billion Yuan" ? { ...e, label } : e)));

const upload = (
  data: string | Buffer,
  contentType: string | null = "application/json",
  filename = "upload.json",
): Upload => ({
  filename,
  contentType,
  data: typeof data === "string" ? Buffer.from(data, "utf8") : data,
});
const json = (value: unknown, contentType: string | null = "application/json") =>
  upload(JSON.stringify(value, null, 2), contentType);

const GANSU_TEXT = `Poverty Alleviation in Gansu Province

      【Overview】In 2012, Gansu Province lifted 0.82 million rural poor residents out of poverty.

      【Drinking water】In 2012, Gansu Province built 312 water cellars and laid 145 km of pipes, with an investment of 96 million Yuan.
`;
const GANSU_META = MADE_UP_GANSU_META;
const gansu = (text = GANSU_TEXT) => ({
  meta: GANSU_META,
  text,
  annotations: {
    entries: {
      "gansu-2012:drinking-water:312-water-cellars": {
        label: "Water cellars built in Gansu in 2012",
        aliases: ["cisterns"],
      },
    },
  },
});

const REPLACEMENT_LABELS = {
  "gansu-2012:overview:0-82-million-rural-poor-residents": {
    label: "Rural poor residents lifted out of poverty",
  },
  "gansu-2012:drinking-water:313-water-cellars": { label: "Water cellars built in 2012" },
  "gansu-2012:drinking-water:146-km": { label: "Pipes laid for drinking water" },
  "gansu-2012:drinking-water:96-million-yuan": { label: "Investment in drinking water" },
};

/** Curated labels for the figures of gansu() that it leaves to the automatic labels. */
const ADDED_LABELS = {
  "gansu-2012:overview:0-82-million-rural-poor-residents": {
    label: "Rural poor residents lifted out of poverty",
  },
  "gansu-2012:drinking-water:145-km": { label: "Pipes laid for drinking water" },
  "gansu-2012:drinking-water:96-million-yuan": { label: "Investment in drinking water" },
};

function ok(r: RefreshResult) {
  if (!r.ok) throw new Error(`expected success, got: ${r.errors.join("\n")}`);
  return r;
}

/** A fresh copy of knowledge/, optionally with Gansu added (as a bundle plus its own facts file). */
async function knowledgeCopy(withGansu = false): Promise<string> {
  const dir = copyDir(DEFAULT_KNOWLEDGE_DIR);
  if (withGansu) {
    const store = KnowledgeStore.open(dir, { createEngine });
    ok(await store.applyUpload(json(gansu())));
    ok(
      await store.applyUpload(
        json({
          report: "gansu-2012",
          entries: store.engine.kb.entries.filter((e) => e.report === "gansu-2012"),
        }),
      ),
    );
  }
  return dir;
}

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
  const store = KnowledgeStore.open(DEFAULT_KNOWLEDGE_DIR, { createEngine });
  const dir = copyDir(DEFAULT_KNOWLEDGE_DIR);
  const s = KnowledgeStore.open(dir, { createEngine });
  ok(await s.applyUpload(json(gansu())));
  const es = s.engine.kb.entries.filter((e) => e.report === "gansu-2012").map((e) => ({ ...e }));
  es[0]!.id = store.engine.kb.entries[0]!.id;
  return es;
}

describe("refresh with a broken upload: refused with a clear message, old knowledge keeps serving, nothing on disk changes", () => {
  const rows = Object.entries(BROKEN).flatMap(([kind, rs]) => rs.map((r) => [kind, r.input, r] as const));
  it.each(rows)("%s: %s", async (_kind, _input, row) => {
    const dir = await knowledgeCopy(row.withGansu);
    const store = KnowledgeStore.open(dir, { createEngine });
    const { engine, version } = store;
    const before = answers(store);
    const disk = hashTree(dir);
    let changes = 0;
    store.onChange(() => changes++);

    const r = await store.applyUpload(await row.make());

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

// ---- a crash in the middle of saving ---------------------------------------------------------------

type Scenario = {
  name: string;
  withGansu: boolean;
  action: "upload" | "rollback";
  /** Done in-process on the folder before the save (e.g. an upload that leaves a snapshot to roll back to). */
  setup?: (store: KnowledgeStore<Engine>) => Promise<void>;
  upload?: () => Upload;
  /** Crash at every step; otherwise steps in the middle of a run of file copies are skipped (see crashPoints). */
  everyStep?: boolean;
  /** Also tear file writes in half: every one with RELIABILITY_FULL=1, else the first of each run and the last. */
  tear?: boolean;
  /** Also check that the next save after the crash works and leaves no leftovers. */
  nextSave?: boolean;
  /** Also crash the recovery of the crashes that cut the swap in two. */
  crashRecovery?: boolean;
};

const SCENARIOS: Scenario[] = [
  {
    // Several files change at once: meta.json and report.txt rewritten, annotations.json replaced
    // by other labels, facts.json removed. Every figure has a curated label, as in the rest of the
    // matrix: an automatic label would load the language model in each of the crashed children.
    name: "replacing an existing report with a new bundle",
    withGansu: true,
    action: "upload",
    upload: () =>
      json({
        meta: GANSU_META,
        text: GANSU_TEXT.replace("312 water cellars", "313 water cellars").replace("145 km", "146 km"),
        annotations: { entries: REPLACEMENT_LABELS },
      }),
    // The copies in the middle of a run of file creations are alike (see crashPoints); every one of
    // them is crashed with RELIABILITY_FULL=1.
    tear: true,
    nextSave: true,
    crashRecovery: true,
  },
  {
    name: "a corrected facts file",
    withGansu: false,
    action: "upload",
    upload: () => json(relabel("Financial anti-poverty funds (crash test)")),
  },
  {
    // gansu() with a curated label for each of its other three figures too: with one figure left to
    // label automatically, each of the ~20 crashed children loaded the language model (about 1 s of
    // CPU each, three times the save itself). The save and its steps are the same either way;
    // automatic labels are tested in tests/knowledge.
    name: "adding a new report",
    withGansu: false,
    action: "upload",
    upload: () =>
      json({ ...gansu(), annotations: { entries: { ...gansu().annotations.entries, ...ADDED_LABELS } } }),
  },
  {
    name: "rolling back to the previous version",
    withGansu: true,
    action: "rollback",
    setup: async (s) =>
      void ok(await s.applyUpload(json(relabel("Financial anti-poverty funds (before the rollback)")))),
    everyStep: true,
    nextSave: true,
    crashRecovery: true,
  },
];

type Version = { version: string; reports: string; snapshots: number; answers: Answer[] };

function state(dir: string, store = KnowledgeStore.open(dir, { createEngine })): Version {
  return {
    version: store.version,
    reports: hashTree(join(dir, "reports")),
    snapshots: snapshotNames(dir).length,
    answers: answers(store),
  };
}
const snapshotNames = (dir: string) =>
  existsSync(join(dir, VERSIONS_DIR))
    ? readdirSync(join(dir, VERSIONS_DIR)).filter((n) => !n.startsWith("."))
    : [];

/**
 * The folder after a crash: it opens (recovering the save), holds the old or the new version
 * complete — the same files, byte for byte, the same answers — and takes the next save cleanly.
 */
async function checkAfterCrash(
  dir: string,
  old: Version,
  next: Version,
  what: string,
  nextSave = true,
): Promise<"old" | "new"> {
  let store: KnowledgeStore<Engine>;
  try {
    store = KnowledgeStore.open(dir, { createEngine });
  } catch (error) {
    throw new Error(
      `${what}: the folder does not load after the crash: ${(error as Error).message}\n${listTree(dir).join("\n")}`,
    );
  }
  const now = state(dir, store);
  const outcome = now.version === old.version ? "old" : now.version === next.version ? "new" : undefined;
  expect(
    outcome,
    `${what}: version ${now.version} is neither the old ${old.version} nor the new ${next.version}`,
  ).toBeDefined();
  expect(now, `${what}: not the ${outcome} version complete`).toEqual(outcome === "old" ? old : next);
  expect(existsSync(join(dir, STAGING_DIR, "save.json")), `${what}: journal left after recovery`).toBe(false);
  if (!nextSave) return outcome!;

  // The next save works and leaves nothing behind in the working folders.
  ok(await store.applyUpload(json(relabel(`Financial anti-poverty funds (after ${what})`))));
  expect(listTree(join(dir, STAGING_DIR)), `${what}: leftovers in ${STAGING_DIR}`).toEqual([]);
  expect(
    readdirSync(join(dir, VERSIONS_DIR)).filter((n) => n.startsWith(".")),
    `${what}: half-made snapshots left`,
  ).toEqual([]);
  expect(snapshotNames(dir).length).toBe(
    Math.min(MAX_SNAPSHOTS, (outcome === "old" ? old : next).snapshots + 1),
  );
  return outcome!;
}

/** Every step of every copy is one more write into a folder nothing reads yet: those in the middle of a run are alike. */
const FULL = process.env.RELIABILITY_FULL === "1";
const isCopyStep = (s: string | undefined) => s !== undefined && /^(writeFile|mkdir) /.test(s);

type Point = { n: number; tear: boolean; what: string; nextSave: boolean };

function crashPoints(steps: string[], sc: Scenario): Point[] {
  // Without everyStep: every step that is not a file or folder creation (the journal, renames,
  // removals, fsyncs), and the first and last of each run of creations. The next save is tried
  // after those too (it is what takes time in the parent).
  const inside = (n: number) => isCopyStep(steps[n - 1]) && isCopyStep(steps[n]) && isCopyStep(steps[n + 1]);
  const every = FULL || sc.everyStep;
  const nextSave = (n: number) => Boolean(sc.nextSave) && (FULL || !inside(n));
  const points = steps.flatMap((s, n) =>
    every || !inside(n)
      ? [{ n, tear: false, what: `killed before step ${n} (${s})`, nextSave: nextSave(n) }]
      : [],
  );
  if (sc.tear) {
    for (const [n, s] of steps.entries()) {
      const firstOrLast = !steps[n - 1]?.startsWith("writeFile") || !steps[n + 1]?.startsWith("writeFile");
      if (s.startsWith("writeFile") && (FULL || firstOrLast))
        points.push({
          n,
          tear: true,
          what: `killed in the middle of step ${n} (${s})`,
          nextSave: nextSave(n),
        });
    }
  }
  return points;
}

/** The steps `open` takes through a StoreFs that only records them (as crash-child.ts numbers them). */
/** The real file system, telling `step` each write before it is made (a fault may be thrown there). */
function tracedFs(step: (what: string) => void): StoreFs {
  return {
    mkdir: (p) => (step(`mkdir ${p}`), nodeStoreFs.mkdir(p)),
    writeFile: (p, d) => (step(`writeFile ${p}`), nodeStoreFs.writeFile(p, d)),
    rename: (a, b) => (step(`rename ${a} -> ${b}`), nodeStoreFs.rename(a, b)),
    link: (a, b) => (step(`link ${a} -> ${b}`), nodeStoreFs.link(a, b)),
    remove: (p) => (step(`remove ${p}`), nodeStoreFs.remove(p)),
    fsyncDir: (p) => (step(`fsyncDir ${p}`), nodeStoreFs.fsyncDir(p)),
  };
}

function countedSteps(open: (fs: StoreFs) => unknown): string[] {
  const steps: string[] = [];
  const step = (what: string) => void steps.push(what);
  open(tracedFs(step));
  return steps;
}

function expectKilled(run: ChildRun, what: string) {
  expect(
    run.crash,
    `${what}: the child never reached its crash point (exit ${run.code}): ${run.stderr}`,
  ).toBeDefined();
  expect(run.signal, `${what}: ${run.stderr}`).toBe("SIGKILL");
}

describe("a crash in the middle of saving leaves the old version or the new one, complete, never a mix", () => {
  beforeAll(prepareChild);
  afterAll(disposeChild);

  it.each(SCENARIOS)(
    "$name: killed at each kind of step (every step with RELIABILITY_FULL=1)",
    async (sc) => {
      // The folder before the save, and what the save makes of it when nothing goes wrong.
      const template = await knowledgeCopy(sc.withGansu);
      if (sc.setup) await sc.setup(KnowledgeStore.open(template, { createEngine }));
      const old = state(template);
      const uploadFile = join(copyDir(template), "upload.json");
      if (sc.upload) {
        const u = sc.upload();
        writeFileSync(
          uploadFile,
          JSON.stringify({ filename: u.filename, contentType: u.contentType, data: u.data.toString("utf8") }),
        );
      }
      const args = (dir: string, crashAt: number, tear = false) => ({
        dir,
        action: sc.action,
        upload: uploadFile,
        crashAt,
        tear,
      });

      const clean = copyDir(template);
      const dry = await runChild(args(clean, -1));
      expect(dry.done, dry.stderr).toBeDefined();
      expect(dry.done!.ok, dry.done!.errors.join("\n")).toBe(true);
      const next = state(clean);
      expect(next.version).not.toBe(old.version);
      expect(dry.done!.version).toBe(next.version);
      const steps = dry.done!.steps;
      expect(dry.done!.openSteps).toBe(0);

      // Crash before each step (the step does not happen; the dry run is the crash after the last), and torn writes.
      const points = crashPoints(steps, sc);
      // A crash just before a rename into reports/ may be the one that cuts the swap in two, which
      // crashRecovery crashes again while it is recovered: kept as it was left, before the check
      // below recovers it, instead of running the same crash a second time.
      const cutCandidates = new Map<number, string>();
      const outcomes = await pool(
        points.map((p) => async () => {
          const dir = copyDir(template);
          const run = await runChild(args(dir, p.n, p.tear));
          expectKilled(run, p.what);
          expect(run.crash!.step).toBe(p.n);
          if (sc.crashRecovery && !p.tear && /^rename .* -> .*\/reports$/.test(steps[p.n]!))
            cutCandidates.set(p.n, copyDir(dir));
          return { ...p, dir, outcome: await checkAfterCrash(dir, old, next, p.what, p.nextSave) };
        }),
      );

      // The save commits at exactly one step: before it every crash leaves the old version, after it the new.
      const plain = outcomes.filter((o) => !o.tear);
      expect(plain.map((o) => (o.outcome === "old" ? "o" : "n")).join("")).toMatch(/^o+n+$/);
      // A crash before step `commit` leaves the old version, from it on the new one.
      const commit = plain.find((o) => o.outcome === "new")!.n;
      expect(steps[commit - 1], "the commit point is the rename of the new folder into place").toMatch(
        /^rename .* -> .*\/reports$/,
      );
      expect(steps[commit - 2], "just before it, the old folder is renamed away").toMatch(
        /^rename .*\/reports -> /,
      );
      for (const o of outcomes.filter((x) => x.tear)) expect(o.outcome, o.what).toBe("old");

      if (sc.crashRecovery) {
        // Killed between the two renames of the swap (reports/ is missing), then killed again while
        // the next process recovers it, at each recovery step: still old or new, complete.
        const cut = commit - 1;
        const crashed = cutCandidates.get(cut);
        expect(crashed, `the crash at step ${cut} was run and kept`).toBeDefined();
        expect(existsSync(join(crashed!, "reports"))).toBe(false);
        // The recovery's steps, counted through the same StoreFs hook as in the child (an open with no crash).
        const recoverySteps = countedSteps((fs) =>
          KnowledgeStore.open(copyDir(crashed!), { createEngine, fs }),
        );
        expect(recoverySteps.length).toBeGreaterThan(0);
        expect(recoverySteps[0]).toMatch(/^rename .*old-.* -> .*\/reports$/);
        await pool(
          recoverySteps.map((s, m) => async () => {
            const dir = copyDir(crashed!);
            const what = `killed at step ${cut}, then while recovering before step ${m} (${s})`;
            expectKilled(await runChild({ dir, action: "open", crashAt: m }), what);
            await checkAfterCrash(dir, old, next, what);
          }),
        );
      }
    },
    300_000,
  );

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
