// An action before a verb of giving that names one of the report's programmes (its section title)
// asks what went into that programme in all (zh-programme.ts, zh-head.ts programmeFirst); an action
// that names none is left as before. The report is made up for this test (Ningxia, invented
// figures, no annotations), not from any question set.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/answering/engine.js";
import { chineseForms } from "../../src/answering/zh-forms.js";
import { namesProgramme } from "../../src/answering/zh-programme.js";
import { madeUpEngine, madeUpMeta, removeMadeUpReports } from "../support/knowledge.js";

const REPORT = [
  "Poverty Alleviation in Ningxia Hui Autonomous Region",
  "【Investment of poverty alleviation funds】In 2013, a total of 3.15 billion Yuan of poverty alleviation funds was invested in Ningxia Hui Autonomous Region, of which 1.42 billion Yuan was from the central government and 530 million Yuan was from the region.",
  "【Relocation for poverty alleviation】In 2013, a total of 820 million Yuan was invested in the relocation, of which 310 million Yuan was regional relocation funds. The region moved 9,400 households out of the mountains.",
  "【Rain Plan】In 2013, the region trained 72,500 people with 97 million Yuan of poverty alleviation funds.",
].join("\n\n");

let engine: Engine;
beforeAll(() => {
  engine = madeUpEngine(`${REPORT}\n`, madeUpMeta("Ningxia", 2013, "Ningxia Hui Autonomous Region"));
});
afterAll(removeMadeUpReports);

describe("a programme named as the subject of a verb of giving", () => {
  it("tells a programme from a giver by the report's section titles", () => {
    const test = namesProgramme(engine.index, engine.glossary);
    // "relocation" is in one section title; "poverty alleviation" is in two, the central government in none.
    expect(test("扶贫搬迁")).toBe(true);
    expect(test("扶贫")).toBe(false);
    expect(test("中央财政")).toBe(false);
  });

  it("puts the programme first and asks its total", () => {
    const read = chineseForms("2013年宁夏扶贫搬迁投入了多少资金？", (zh) => zh === "扶贫搬迁");
    expect(read).toMatch(/^what 扶贫搬迁 is .*total/);
    // Without a test, or when the action names no programme, the clause is read as before.
    expect(chineseForms("2013年宁夏扶贫搬迁投入了多少资金？")).not.toContain("what");
    expect(chineseForms("2013年宁夏扶贫搬迁投入了多少资金？", () => false)).not.toContain("what");
  });

  // End to end on the invented report (it passes on this small report without the rule too).
  it("answers with the programme's total, not the report's", () => {
    expect(engine.answer("2013年宁夏扶贫搬迁一共投入了多少资金？")).toMatchObject({ value: 820_000_000 });
  });
});
