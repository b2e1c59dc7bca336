// Plans read from an unannotated report's own sentences (relations.ts), on a small made-up report
// loaded from disk as a moderator would add it.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

const engineFor = madeUpGansuEngine;
afterAll(removeMadeUpReports);

describe("plans stated as shares of them, 'respectively' closing the list", () => {
  const engine = engineFor({
    "Relocation for poverty alleviation":
      "In 2012 the province relocated 8,400 households and 36,300 poor people out of remote mountain areas, accounting for 105% and 96.8% of the plan respectively. The province invested 320 million Yuan in relocation.",
  });

  it("pairs each figure with its own percentage and computes its plan", () => {
    const a = engine.answer("Did Gansu relocate more poor people than planned in 2012?");
    expect(a).toMatchObject({ type: "yesno", verdict: "no", value: 36_300 });
    expect(a.text).toContain("96.8%");
  });

  it("answers the plan itself from the households' share", () => {
    const a = engine.answer("How many households was the relocation plan for?");
    expect(a.value).toBe(8000);
  });
});
