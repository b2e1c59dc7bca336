// The crash matrix (tests/reliability/support/crash-matrix.ts) for a corrected facts file, a new
// report and a rollback; a save cut short by another machine on a shared folder; and writes that
// fail (disk full, EIO) at each step. The replacement of a report is in crash-replace.test.ts.
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/answering/engine.js";
import { KnowledgeStore, STAGING_DIR, type StoreFs } from "../../src/knowledge/store.js";
import {
  ADD_REPORT,
  CORRECTED_FACTS,
  crashAtEachStep,
  expectKilled,
  FULL,
  isCopyStep,
  ROLL_BACK,
  state,
  tracedFs,
} from "./support/crash-matrix.js";
import { disposeChild, prepareChild, runChild } from "./support/crash.js";
import { copyDir, hashTree, listTree, removeCopies } from "./support/disk.js";
import { GANSU_META, GANSU_TEXT, json, knowledgeCopy, ok, relabel } from "./support/refresh.js";

afterAll(removeCopies);

describe("a crash in the middle of saving leaves the old version or the new one, complete, never a mix", () => {
  beforeAll(prepareChild);
  afterAll(disposeChild);

  it.each([CORRECTED_FACTS, ADD_REPORT, ROLL_BACK])(
    "$name: killed at each kind of step (every step with RELIABILITY_FULL=1)",
    crashAtEachStep,
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
