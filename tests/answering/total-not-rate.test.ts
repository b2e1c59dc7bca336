// A total asked whose only figure is an amount given for each one ("30 million Yuan for each pilot
// county") with no count to multiply by: no answer, never the amount each (engine.ts).
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("a total the report gives only per unit", () => {
  const engine = madeUpGansuEngine({
    "Contiguous development":
      "In 2012, the province launched the second batch of pilot work in Yunxi County, Fang County, Baokang County and Changyang County. The provincial government arranged 30 million Yuan of special funds for each second-batch pilot county.",
  });

  it("says it cannot work the total out instead of giving the amount each", () => {
    const a = engine.answer(
      "How much special money did the province give the second-batch pilot counties altogether?",
    );
    expect(a.answered).toBe(false);
    expect(a.text).toContain("can't work out");
  });

  it("still gives the amount each when that is asked", () => {
    expect(engine.answer("How much special money did each second-batch pilot county get?").value).toBe(
      30_000_000,
    );
  });
});
