// New knowledge is built off the event loop (issue 9, point 7): while a large upload is cleaned,
// extracted and validated, the process keeps running timers and answering from the loaded
// knowledge, as /healthz and questions need. Counted, not timed: on the old synchronous build no
// timer could run between the call and its result, however fast the machine.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/answering/engine.js";
import { KnowledgeStore, type RefreshResult } from "../../src/knowledge/store.js";
import { inKnowledgeCopy } from "./copy.js";

const FUNDS_Q = "How much financial anti-poverty funds were issued in 2011?";

/** A valid report of `sections` sections, each a few sentences with figures: about 150 bytes a section. */
function bigBundle(sections: number) {
  const body = Array.from(
    { length: sections },
    (_, i) =>
      `【County ${i + 1}】In 2012, County ${i + 1} built ${i + 10} water cellars and laid ${i + 3} km of pipes. ` +
      `It trained ${i + 100} farmers, with an investment of ${i + 7} million Yuan.`,
  ).join("\n\n");
  return {
    meta: {
      id: "big-2012",
      title: "A large made-up report",
      region: "Gansu",
      year: 2012,
      source: "made up for the off-thread test",
      file: "report.txt",
    },
    text: `A large made-up report\n\n${body}\n`,
  };
}

describe("building new knowledge off the event loop", () => {
  it("timers run and questions are answered from the loaded knowledge while a large upload is built", async () => {
    await inKnowledgeCopy(async (dir) => {
      const store = KnowledgeStore.open(dir, { createEngine });
      const before = store.engine.answer(FUNDS_Q);
      const data = Buffer.from(JSON.stringify(bigBundle(450)), "utf8");
      // About the size of the 70 KB upload that froze an instance for 40 s (issue 9).
      expect(data.length).toBeGreaterThan(65_000);

      let building = true;
      let ticks = 0;
      const answered: boolean[] = [];
      const timer = setInterval(() => {
        if (!building) return;
        ticks++;
        answered.push(store.engine.answer(FUNDS_Q).figure === before.figure);
      }, 1);
      let r: RefreshResult;
      try {
        r = await Promise.resolve(
          store.applyUpload({ filename: "big.json", contentType: "application/json", data }),
        ).finally(() => {
          building = false;
        });
      } finally {
        clearInterval(timer);
      }
      expect(r.ok, r.ok ? "" : r.errors.join("\n")).toBe(true);
      expect(ticks).toBeGreaterThan(0);
      expect(answered.every(Boolean)).toBe(true);
      expect(store.engine.kb.reports.map((x) => x.meta.id)).toContain("big-2012");
    });
  });

  it("a reload of a changed folder is built off the event loop too", async () => {
    await inKnowledgeCopy(async (dir) => {
      const store = KnowledgeStore.open(dir, { createEngine });
      // Another instance saves a change to the shared folder.
      const other = KnowledgeStore.open(dir, { createEngine });
      const saved = await other.applyUpload({
        filename: "big.json",
        contentType: null,
        data: Buffer.from(JSON.stringify(bigBundle(50)), "utf8"),
      });
      expect(saved.ok).toBe(true);
      let ticks = 0;
      let building = true;
      const timer = setInterval(() => building && ticks++, 1);
      const r = await Promise.resolve(store.reload()).finally(() => {
        building = false;
        clearInterval(timer);
      });
      expect(r).toMatchObject({ ok: true, changed: true, version: other.version });
      expect(ticks).toBeGreaterThan(0);
    });
  });
});
