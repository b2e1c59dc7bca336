// Two growth rates compared ("which grew faster"): the rates are weighed, and they differ by
// percentage points, not by a percentage.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("which grew faster, A or B", () => {
  const engine = madeUpGansuEngine({
    Overview:
      "In 2012, the per capita net income of farmers in the 22 counties reached 4,716 Yuan, up 16.2% over the previous year. The per capita net income of farmers in the 62 key counties reached 5,382 Yuan, up 15.4%.",
  });

  it("compares the growth rates and says the gap in percentage points", () => {
    const a = engine.answer("Which grew faster: farmer income in the 22 counties or in the 62 key counties?");
    expect(a.type).toBe("comparison");
    expect(a.value).toBe(16.2);
    expect(a.text).toMatch(/0\.8 percentage points more than/);
  });
});
