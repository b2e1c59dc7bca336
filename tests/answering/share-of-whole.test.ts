// "Had more than half of the project's total investment been disbursed?": with no plan, a fraction of
// a total is checked against the share of the whole the report states (share-of-whole.ts). The
// Guizhou 2013 fixture report.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { statedShareOfWhole } from "../../src/answering/share-of-whole.js";
import type { NumericEntry } from "../../src/knowledge/schema.js";
import { PROJECT_ROOT } from "../../src/paths.js";
import { madeUpEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);
const folder = join(PROJECT_ROOT, "tests", "fixtures", "reports", "guizhou-2013");
const engine = madeUpEngine(
  readFileSync(join(folder, "report.txt"), "utf8"),
  JSON.parse(readFileSync(join(folder, "meta.json"), "utf8")),
);

describe("statedShareOfWhole", () => {
  const percent = (sentence: string, written: string) =>
    ({ kind: "percent", sentence, written, value: Number.parseFloat(written), unit: "%" }) as NumericEntry;
  it("is a percentage written as a share of a whole", () => {
    expect(
      statedShareOfWhole(
        percent("… had been disbursed, accounting for 34.1% of the total investment.", "34.1%"),
      ),
    ).toBe(true);
    expect(statedShareOfWhole(percent("… fulfilling 108.3% of the annual task.", "108.3%"))).toBe(false);
  });
});

describe("a fraction of a total, with no plan", () => {
  it("is checked against the share the report states", () => {
    // Before: no answer (the fraction was read only as a fraction of a plan, and there is none).
    const a = engine.answer(
      "Had more than half of the World Bank project's total investment been disbursed by the end of November?",
    );
    expect(a).toMatchObject({ type: "yesno", verdict: "no", value: 34.1 });
  });
});
