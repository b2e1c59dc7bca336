// The number a yes/no question gives for the plan belongs to the plan: the result is found by the
// rest of the question's words.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, realEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("a plan check that states the plan's number", () => {
  it("finds the result though the stated number only matches the plan", () => {
    const a = realEngine().answer(
      "did the province meet the goal of 1,000 villages for whole village advancement",
    );
    expect(a.type).toBe("yesno");
    expect(a.verdict).toBe("yes");
    expect(a.value).toBe(1012);
  });

  it("never checks the stated plan against itself, even where its label does not say it is a plan", () => {
    const engine = madeUpGansuEngine({
      Relocation:
        "In 2012, the province moved 4,260 households and 15,980 people out of areas with poor living conditions, fulfilling 106.5% of the plan of 4,000 households.",
    });
    const a = engine.answer("Did Gansu's relocation meet the plan of 4,000 households?");
    expect(a.value).not.toBe(4000);
    if (a.answered) expect(a.value).toBe(4260);
  });
});
