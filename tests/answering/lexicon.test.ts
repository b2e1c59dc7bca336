// What the knowledge tells the question reader, on a report nobody annotated (the blind Gansu fixture).
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Engine, lexiconOf } from "../../src/answering/engine.js";
import { loadEngine } from "../../src/answering/load-engine.js";
import { understand } from "../../src/answering/understand.js";
import { DEFAULT_KNOWLEDGE_DIR, PROJECT_ROOT } from "../../src/paths.js";

let dir: string;
let gansu: Engine;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "report-bot-lexicon-"));
  cpSync(join(DEFAULT_KNOWLEDGE_DIR, "glossary.zh.json"), join(dir, "glossary.zh.json"));
  cpSync(join(PROJECT_ROOT, "tests/fixtures/reports/gansu-2011"), join(dir, "reports", "gansu-2011"), {
    recursive: true,
    filter: (p) => !p.endsWith(".jsonl"),
  });
  gansu = loadEngine(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const read = (q: string) => understand(q, gansu.glossary, lexiconOf(gansu.index));

describe("lexiconOf: names and regions from the report's own text", () => {
  it("a programme the text names ('the Rain Plan') is a name: its 'Plan' asks for no plan", () => {
    expect(lexiconOf(gansu.index).names).toContain("rain plan");
    expect(read("How much went into the Rain Plan in Gansu in 2011?").derivation).toBeUndefined();
    expect(read("How many people was the Rain Plan supposed to train?").derivation).toEqual({ type: "plan" });
  });

  it("a region the report only mentions is searched as a word, not a region to limit the search to", () => {
    const q = read("how many projects did tianjin do");
    expect(q.regions).toEqual([]);
    expect(q.terms.map((t) => t.surface)).toContain("tianjin");
    expect(gansu.answer("how many projects did tianjin do")).toMatchObject({ answered: true, value: 132 });
  });

  it("a region neither covered nor mentioned is still a region the reports lack", () => {
    expect(read("anti-poverty funds in Hainan").regions).toEqual(["Hainan"]);
    expect(gansu.answer("anti-poverty funds in Hainan").answered).toBe(false);
  });
});

describe("planOf on a report nobody annotated", () => {
  it("a plan stated earlier in the same sentence, counting the same noun with an adjective, is the plan", () => {
    // "planned to launch entire village advancement in 1,500 poor villages and actually completed 1,538 villages"
    const a = gansu.answer("Was the entire village advancement target of 1,500 villages met?");
    expect(a).toMatchObject({ answered: true, type: "yesno", verdict: "yes", value: 1538 });
  });
});
