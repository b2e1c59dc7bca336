// "By how many people did it beat its target for reducing the poor population?": the plan the
// question names best leads to its result even when results of other plans rank above that result
// (compute.ts resultsWithPlans).
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("versus-plan: the result of the plan the question names", () => {
  const engine = madeUpGansuEngine({
    Overview:
      "In 2012, Gansu Province lifted 412,000 rural poor people out of poverty. The target set at the beginning of the year was to reduce the poor population by 400,000. The rural poor population of the province dropped to 974,000 at the end of this year.",
    "Rain Plan":
      "The Rain Plan had an annual task of training 60,000 rural labourers from poor families. It trained 64,800 people.",
  });

  it("takes the result whose plan the question names, not a better-ranked result of another plan", () => {
    const a = engine.answer(
      "By how many people did Gansu beat its 2012 target for reducing the poor population?",
    );
    expect(a).toMatchObject({ type: "derived", value: 12_000 });
  });
});
