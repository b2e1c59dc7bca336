// "Which overshot its plan by more: A or B?" weighs each result's margin beyond its own plan, that
// is each as a share of its plan (plan-words.ts MARGIN_OVER_PLAN), never the results themselves.
import { describe, expect, it } from "vitest";
import { formOf } from "../../src/answering/forms.js";
import { realEngine } from "../support/knowledge.js";

describe("formOf: a comparison of margins over plan", () => {
  it("weighs shares of plan when the sides beat their plans by more or less", () => {
    expect(formOf("which exceeded its target by more: the households or the people moved?")).toMatchObject({
      type: "comparison",
      sharesOfPlan: true,
    });
    expect(formOf("which beat the plan by the larger margin, the roads or the bridges?")).toMatchObject({
      sharesOfPlan: true,
    });
  });

  it("not for a plain comparison that names a programme with 'plan' in it", () => {
    expect(
      formOf("which was more in the rain plan: the people trained or those placed in jobs?"),
    ).not.toMatchObject({ sharesOfPlan: true });
  });
});

describe("judge: margins over plan", () => {
  it("compares the shares of plan (103% trained, 105% placed)", () => {
    // Before: no answer (the verb of overshooting counted as a word the training side lacked).
    const a = realEngine().answer(
      "In the Rain Plan, which overshot its plan by more: the training or the employment transfer?",
    );
    expect(a).toMatchObject({ type: "comparison", value: 105, unit: "%" });
  });
});
