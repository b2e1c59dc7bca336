// "Which did better relative to its target": the sides are results as shares of their plans; the
// planned figure itself (200,000 planned against 189,000 placed) is never a side.
import { describe, expect, it } from "vitest";
import { formOf } from "../../src/answering/forms.js";
import { realEngine } from "../support/knowledge.js";

describe("formOf: a comparison against the plan", () => {
  it("weighs shares of plan when the results are set against their target", () => {
    expect(
      formOf("which result came in higher relative to its target: the number trained or the transfers?"),
    ).toMatchObject({ type: "comparison", sharesOfPlan: true });
    expect(formOf("did the training or the job transfers do better against their target?")).toMatchObject({
      sharesOfPlan: true,
    });
  });

  it("not when a plan is only one side's measure", () => {
    expect(formOf("was the planned investment bigger than the 2010 total?")).not.toMatchObject({
      sharesOfPlan: true,
    });
  });
});

describe("judge: a comparison against the plan", () => {
  it("compares the shares of plan, not the planned figure with a result", () => {
    const a = realEngine().answer(
      "Which Rain Plan result came in higher relative to its target: the number trained or the transfer employment?",
    );
    expect(a.value).toBe(105);
    expect(a.unit).toBe("%");
  });
});
