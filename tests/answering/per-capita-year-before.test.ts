// "What was the per capita net income of farmers in 2011?" of a 2012 report that states the 2012
// level and its growth: "per capita" before its noun names the quantity, and the year before the
// report's is worked back from the change (engine.ts withReportYear). A made-up report loaded from disk.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("a per capita figure of the year before the report's", () => {
  const engine = madeUpGansuEngine({
    "Six key areas":
      "The per capita net income of farmers in the six key areas reached 8,960 Yuan, up 16.2% over the previous year. The mutual funds expanded to 620 villages this year from 455 villages last year.",
  });

  it("works the 2011 level back from the 2012 level and its growth", () => {
    const a = engine.answer(
      "Roughly what was the per capita net income of farmers in the six key areas in 2011?",
    );
    expect(a.type).toBe("derived");
    expect(a.value).toBeCloseTo(7710.84, 1);
  });
});
