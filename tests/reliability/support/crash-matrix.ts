// The crash matrix: a store save runs in a child process (crash-child.ts) that is SIGKILLed at each
// write step in turn (and with file writes torn in half, and again while the next process recovers);
// opened afterwards, the folder always loads, and holds the old version or the new one complete,
// never a mix. By default the report replacement and the rollback are killed at every step, the
// other saves at every step but the middle of long runs of file copies; RELIABILITY_FULL=1 kills
// every save at every step and tears every write (about twice as long). The scenarios are run by
// tests/reliability/crash-replace.test.ts and crash-saves.test.ts, split so that vitest runs them on
// separate workers: each file's checks of the crashed folders run on its own main thread.
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import type { Answer } from "../../../src/answering/schema.js";
import { createEngine, type Engine } from "../../../src/answering/engine.js";
import {
  KnowledgeStore,
  MAX_SNAPSHOTS,
  nodeStoreFs,
  STAGING_DIR,
  VERSIONS_DIR,
  type StoreFs,
  type Upload,
} from "../../../src/knowledge/store.js";
import { pool, runChild, type ChildRun } from "./crash.js";
import { copyDir, hashTree, listTree } from "./disk.js";
import { answers, GANSU_META, GANSU_TEXT, gansu, json, knowledgeCopy, ok, relabel } from "./refresh.js";

export type Scenario = {
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

export const REPLACE_REPORT: Scenario = {
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
};

export const CORRECTED_FACTS: Scenario = {
  name: "a corrected facts file",
  withGansu: false,
  action: "upload",
  upload: () => json(relabel("Financial anti-poverty funds (crash test)")),
};

export const ADD_REPORT: Scenario = {
  // gansu() with a curated label for each of its other three figures too: with one figure left to
  // label automatically, each of the ~20 crashed children loaded the language model (about 1 s of
  // CPU each, three times the save itself). The save and its steps are the same either way;
  // automatic labels are tested in tests/knowledge.
  name: "adding a new report",
  withGansu: false,
  action: "upload",
  upload: () =>
    json({ ...gansu(), annotations: { entries: { ...gansu().annotations.entries, ...ADDED_LABELS } } }),
};

export const ROLL_BACK: Scenario = {
  name: "rolling back to the previous version",
  withGansu: true,
  action: "rollback",
  setup: async (s) =>
    void ok(await s.applyUpload(json(relabel("Financial anti-poverty funds (before the rollback)")))),
  everyStep: true,
  nextSave: true,
  crashRecovery: true,
};

type Version = { version: string; reports: string; snapshots: number; answers: Answer[] };

export function state(dir: string, store = KnowledgeStore.open(dir, { createEngine })): Version {
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
export async function checkAfterCrash(
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
export const FULL = process.env.RELIABILITY_FULL === "1";
export const isCopyStep = (s: string | undefined) => s !== undefined && /^(writeFile|mkdir) /.test(s);

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
export function tracedFs(step: (what: string) => void): StoreFs {
  return {
    mkdir: (p) => (step(`mkdir ${p}`), nodeStoreFs.mkdir(p)),
    writeFile: (p, d) => (step(`writeFile ${p}`), nodeStoreFs.writeFile(p, d)),
    rename: (a, b) => (step(`rename ${a} -> ${b}`), nodeStoreFs.rename(a, b)),
    link: (a, b) => (step(`link ${a} -> ${b}`), nodeStoreFs.link(a, b)),
    remove: (p) => (step(`remove ${p}`), nodeStoreFs.remove(p)),
    fsyncDir: (p) => (step(`fsyncDir ${p}`), nodeStoreFs.fsyncDir(p)),
  };
}

export function countedSteps(open: (fs: StoreFs) => unknown): string[] {
  const steps: string[] = [];
  const step = (what: string) => void steps.push(what);
  open(tracedFs(step));
  return steps;
}

export function expectKilled(run: ChildRun, what: string) {
  expect(
    run.crash,
    `${what}: the child never reached its crash point (exit ${run.code}): ${run.stderr}`,
  ).toBeDefined();
  expect(run.signal, `${what}: ${run.stderr}`).toBe("SIGKILL");
}

/**
 * Runs the save once to the end (its steps), then again in a child killed before each chosen step
 * (and in the middle of torn writes), and checks every folder left behind.
 */
export async function crashAtEachStep(sc: Scenario): Promise<void> {
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
    const recoverySteps = countedSteps((fs) => KnowledgeStore.open(copyDir(crashed!), { createEngine, fs }));
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
}
