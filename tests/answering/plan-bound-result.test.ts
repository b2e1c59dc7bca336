// A yes/no bound that is the report's own plan checks the result beside the plan (plan-bound-result.ts),
// never the plan against itself. A small made-up report loaded from disk.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("resultAfterPlan: the result a plan-valued bound is checked on", () => {
  const engine = madeUpGansuEngine({
    "Special funds":
      "The province planned to give no less than 60% of the special funds to the key counties; the share actually given was 57.5%.",
    Roads: "The province planned to give no less than 40% of the road funds to mountain villages.",
  });

  it("checks the result written beside the plan, citing both", () => {
    const a = engine.answer(
      "Did the province meet its target of giving at least 60% of the special funds to the key counties?",
    );
    expect(a).toMatchObject({ type: "yesno", verdict: "no", value: 57.5 });
    expect(a.citations.map((c) => c.value)).toEqual(expect.arrayContaining([57.5, 60]));
  });

  it("gives no verdict from the plan alone", () => {
    const a = engine.answer(
      "Did the province meet its target of giving at least 40% of the road funds to mountain villages?",
    );
    expect(a.value).not.toBe(40);
  });
});
