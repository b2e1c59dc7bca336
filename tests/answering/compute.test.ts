// A total asked of a report that states it as "funds of various kinds" (compute.ts totalOf): that
// figure is the whole, not one of several peers to add up. The Sichuan 2012 (b) fixture report.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/paths.js";
import { madeUpEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);
const folder = join(PROJECT_ROOT, "tests", "fixtures", "reports", "sichuan-2012b");
const engine = madeUpEngine(
  readFileSync(join(folder, "report.txt"), "utf8"),
  JSON.parse(readFileSync(join(folder, "meta.json"), "utf8")),
);

describe("a total of every kind", () => {
  it("is the figure stated for funds of various kinds (before: it was added to its own parts)", () => {
    const a = engine.answer("In total, how much poverty alleviation funds of all kinds went in during 2012?");
    expect(a).toMatchObject({ type: "figure", value: 6_184_000_000 });
  });
});
