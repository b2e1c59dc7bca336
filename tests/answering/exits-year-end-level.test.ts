// "N people were lifted out of poverty; the poor population at year end was M": the people who left
// poverty are the year's fall of the poor population stated in their sentence, so the level the
// year started from is M + N; "before the YEAR reduction" names that change, no topic to search.
import { afterAll, describe, expect, it } from "vitest";
import { exitsOfYearEndLevel } from "../../src/answering/poverty-exit.js";
import type { NumericEntry } from "../../src/knowledge/schema.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

const SENTENCE =
  "In 2012, 900,000 rural poor people were lifted out of poverty; the poor population at year end was 3.6 million.";
const entry = (id: string, value: number, label: string) =>
  ({
    id,
    value,
    label,
    kind: "count",
    unit: "people",
    sentence: SENTENCE,
    report: "r",
    year: 2012,
    context: "",
  }) as NumericEntry;

describe("exitsOfYearEndLevel", () => {
  const exit = entry("exit", 900_000, "Rural poor people lifted out of poverty");
  const level = entry("level", 3_600_000, "Poor population at year end");

  it("reads the exits as the year-end level's fall", () => {
    expect(exitsOfYearEndLevel(level, 1, [exit, level])).toEqual({ changes: [exit], direction: "down" });
  });

  it("reads no fall for the exits themselves", () => {
    expect(exitsOfYearEndLevel(exit, 0, [exit, level])).toBeUndefined();
  });
});

describe("the poor population before the year's reduction", () => {
  const engine = madeUpGansuEngine({ Overview: `${SENTENCE} 58 counties took part.` });

  it("adds the exits back to the year-end level", () => {
    const a = engine.answer("How many poor people did Gansu have before the 2012 reduction?");
    expect(a).toMatchObject({ type: "derived", value: 4_500_000 });
  });
});
