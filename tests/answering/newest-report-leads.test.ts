// A question that names no province nor year, answered by several reports about as well: the newest
// report's answer leads (a question in no particular year asks for the latest figures, as it does
// within one report), and among reports of one year the annotated one (across-reports.ts leadFirst).
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/answering/engine.js";
import { loadEngine } from "../../src/answering/load-engine.js";
import { DEFAULT_KNOWLEDGE_DIR } from "../../src/paths.js";
import { HENAN_ID, MADE_UP_GANSU_META, madeUpGansuText } from "../support/knowledge.js";

const dirs: string[] = [];
/** Henan (annotated, 2011) beside a made-up Gansu report of `year` nobody annotated. */
function besideHenan(year: number): Engine {
  const dir = mkdtempSync(join(tmpdir(), "report-bot-newest-"));
  dirs.push(dir);
  cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
  const id = `gansu-${year}`;
  const folder = join(dir, "reports", id);
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, "report.txt"),
    madeUpGansuText({
      "Rain Plan": `In ${year}, the Rain Plan trained 151,300 people in the province, accounting for 104% of the annual plan.`,
    }),
  );
  writeFileSync(join(folder, "meta.json"), JSON.stringify({ ...MADE_UP_GANSU_META, id, year }));
  return loadEngine(dir);
}

let newer: Engine;
let sameYear: Engine;
beforeAll(() => {
  newer = besideHenan(2012);
  sameYear = besideHenan(2011);
});
afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("which report leads when several answer a question that names no province", () => {
  it("the newer report's figure leads, the older report's follows", () => {
    const a = newer.answer("How many people did the Rain Plan train?");
    expect(a).toMatchObject({ answered: true, value: 151300, report: { id: "gansu-2012" } });
    expect(a.reports.map((r) => r.id)).toEqual(["gansu-2012", HENAN_ID]);
  });

  it("among reports of the same year the annotated one still leads", () => {
    const a = sameYear.answer("How many people did the Rain Plan train?");
    expect(a).toMatchObject({ answered: true, report: { id: HENAN_ID } });
    expect(a.reports.map((r) => r.id)).toEqual([HENAN_ID, "gansu-2011"]);
  });
});
