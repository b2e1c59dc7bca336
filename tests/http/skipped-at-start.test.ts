// A report that cannot load is skipped and the rest is served (the store's rule); the bot says at
// start which one and why, in its log, so a moderator finds out before members do.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyKnowledge } from "../discord/support/harness.js";
import { ANHUI_FIXTURE, addReport } from "../support/knowledge.js";
import { startHttpHarness, type HttpHarness } from "./support/http-harness.js";

let h: HttpHarness;
beforeAll(async () => {
  const dir = copyKnowledge();
  addReport(dir, ANHUI_FIXTURE);
  // The meta a moderator broke by hand: the year is not a number.
  const meta = join(dir, "reports", "anhui-2012", "meta.json");
  writeFileSync(meta, JSON.stringify({ ...JSON.parse(readFileSync(meta, "utf8")), year: "twenty twelve" }));
  h = await startHttpHarness({ dir });
});
afterAll(async () => {
  await h?.close();
});

describe("reports skipped at start", () => {
  it("serves the others and logs each skipped report with its reason", async () => {
    expect(h.store.engine.kb.reports.map((r) => r.meta.id)).toEqual(["henan-2011"]);
    const skipped = h.logs.filter((l) => l.msg === "report skipped");
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatchObject({ level: 40, folder: "anhui-2012" });
    expect(skipped[0]!.reason).toMatch(/^report .*anhui-2012.* skipped: \[.+\] .*year/);
    // Said before the instance reports itself ready.
    const ready = h.logs.findIndex((l) => l.msg === "ready");
    expect(ready).toBeGreaterThan(h.logs.indexOf(skipped[0]!));
  });
});
