// Two small made-up reports side by side (Gansu and Qinghai, invented figures): a question one report
// answers is answered as that report alone answers it, whatever words the other report has, and a
// question naming no province is matched to reports by what it really points at.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/answering/engine.js";
import { loadEngine } from "../../src/answering/load-engine.js";
import { DEFAULT_KNOWLEDGE_DIR } from "../../src/paths.js";

// Gansu never writes "finished", "newly" or "101.3%"; Qinghai writes all three, and no village roads.
const REPORTS = {
  Gansu:
    "【Entire village advancement】In 2012, Gansu Province carried out entire village advancement in 620 poor villages and invested 1.45 billion Yuan. It built 140 reservoirs and 2,150 km of village roads.\n" +
    "【Rain Plan】In 2012, the Rain Plan trained 88,000 people, accounting for 103% of the annual plan.",
  Qinghai:
    "【Entire village advancement】In 2012, Qinghai Province finished entire village advancement in 410 poor villages, and the finished villages received 960 million Yuan, of which 600 million Yuan came from the central government. It newly built 97 reservoirs and newly repaired 35 canals.\n" +
    "【Rain Plan】In 2012, the Rain Plan trained 52,000 people; employment transfer reached 101.3% of its target of 30,000 people.",
};
const GANSU = "gansu-2012";
const QINGHAI = "qinghai-2012";

const dirs: string[] = [];
function engineOf<R extends string>(
  regions: R[],
  reports: Record<R, string> = REPORTS as Record<R, string>,
): Engine {
  const dir = mkdtempSync(join(tmpdir(), "report-bot-across-"));
  dirs.push(dir);
  for (const region of regions) {
    const id = `${region.toLowerCase()}-2012`;
    const folder = join(dir, "reports", id);
    mkdirSync(folder, { recursive: true });
    const title = `Poverty Alleviation in ${region} Province`;
    writeFileSync(join(folder, "report.txt"), `${title}\n\n${reports[region].replace(/\n/g, "\n\n")}\n`);
    writeFileSync(
      join(folder, "meta.json"),
      JSON.stringify({
        id,
        title,
        region,
        year: 2012,
        language: "en",
        source: "made up for tests",
        file: "report.txt",
      }),
    );
  }
  cpSync(join(DEFAULT_KNOWLEDGE_DIR, "glossary.zh.json"), join(dir, "glossary.zh.json"));
  return loadEngine(dir);
}

let both: Engine;
let gansu: Engine;
beforeAll(() => {
  both = engineOf(["Gansu", "Qinghai"]);
  gansu = engineOf(["Gansu"]);
});
afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const ids = (e: Engine, question: string) => e.answer(question).reports.map((r) => r.id);

describe("a question one report answers is answered as that report alone answers it", () => {
  it("a question naming a region is read with that report's words, not the other report's", () => {
    // "finished" is Qinghai's word: weighed within Gansu it was a topic Gansu lacks, and the
    // question went unanswered; Gansu alone reads it as everyday talk.
    const question = "How many villages finished entire village advancement in Gansu?";
    const a = both.answer(question);
    expect(a).toMatchObject({ answered: true, value: 620, report: { id: GANSU } });
    expect(a.text).toBe(gansu.answer(question).text);
  });

  it("a question naming no region that only one report answers is answered from it", () => {
    const a = both.answer("How many kilometres of village roads were newly laid?");
    expect(a).toMatchObject({ answered: true, value: 2150, report: { id: GANSU } });
    expect(a.reports.map((r) => r.id)).toEqual([GANSU]);
  });

  it("a report is asked alone even when, read beside the other, no report matches enough of the question", () => {
    const a = both.answer("How many km of village roads were newly finished?");
    expect(a).toMatchObject({ answered: true, value: 2150, report: { id: GANSU } });
  });
});

describe("a reply drawing on two reports", () => {
  it("lists both when a comparison names two regions, so each quote is named after its own report", () => {
    const a = both.answer("Which trained more people in the Rain Plan, Gansu or Qinghai?");
    expect(a.citations.map((c) => c.report).sort()).toEqual([GANSU, QINGHAI]);
    expect(a.reports.map((r) => r.id).sort()).toEqual([GANSU, QINGHAI]);
    expect(a.reports[0]!.id).toBe(a.report!.id);
  });
});

describe("numbers the question states", () => {
  it("a bound a yes/no question measures against is no pointer to the report that happens to have it", () => {
    expect(ids(both, "Did entire village advancement build more than 97 reservoirs?").sort()).toEqual([
      GANSU,
      QINGHAI,
    ]);
  });

  it("a number written to a decimal points only at the report that has it to that precision", () => {
    // Gansu's 103% is within 2% of 101.3%, but nobody rounds 103 to 101.3.
    expect(ids(both, "The Rain Plan reached 101.3% of its target: how many people did it train?")).toEqual([
      QINGHAI,
    ]);
  });
});

describe("a yes/no bound", () => {
  // Both made up: Ningxia happens to print the bound's number (a 15-day course), Shaanxi does not.
  const BOUND_REPORTS = {
    Ningxia:
      "【Rain Plan】In 2012, the Rain Plan trained 61,000 people, accounting for 112% of the annual plan. Each trainee attended a course of 15 days.",
    Shaanxi:
      "【Rain Plan】In 2012, the Rain Plan trained 52,000 people, accounting for 108% of the annual plan.",
  };

  it("weighs for no report: every report with the figure checked is asked, not only the one that prints the number", () => {
    const e = engineOf(["Ningxia", "Shaanxi"], BOUND_REPORTS);
    const a = e.answer("Did the Rain Plan beat its plan by more than 15%?");
    expect(a.reports.map((r) => r.id).sort()).toEqual(["ningxia-2012", "shaanxi-2012"]);
  });
});
