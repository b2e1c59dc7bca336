// A margin stated against a plan ("exceeding the target by 1,200 households") says which figure is
// the plan's result: plan-margin.ts resultByMargin, used by judge.ts for checks against a plan.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("a result named by its margin over the plan", () => {
  const engine = madeUpGansuEngine({
    "Relocation for poverty alleviation":
      "The plan for 2012 was to relocate 30,000 households. 31,200 households and 118,600 people were moved out of mountain areas, exceeding the target by 1,200 households. Relocation was done mainly in Dingxi City and Longnan City, which together moved out 21,900 households.",
  });

  it("judges the figure that is the plan plus the margin, not a part that matches better", () => {
    const a = engine.answer("Did Gansu relocate fewer households than planned in 2012?");
    expect(a).toMatchObject({ type: "yesno", verdict: "no", value: 31_200 });
  });
});
