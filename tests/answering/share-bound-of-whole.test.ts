// A yes/no that bounds a share of a whole ("at least half of its total investment", "three quarters
// of the funds"): the share checked is one the report states of that whole, never a rate of change;
// the share's sentence may leave the project to the sentence before it, which names the whole.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

const engine = madeUpGansuEngine({
  Overview:
    "The per capita net income of farmers in the key counties reached 4,900 Yuan, up 16.5%. 43 key counties were supported.",
  "Special funds":
    "The special funds for poverty alleviation totalled 900 million Yuan. Of the special funds, 540 million Yuan, or 60.0%, was invested in the 43 key counties.",
  "Foreign-funded poverty alleviation":
    "The Asian Development Bank water project was carried out in Dingxi with a total investment of 300 million Yuan. By the end of October, 120 million Yuan had been disbursed, accounting for 40.0% of the total investment.",
});

describe("a bound on a share of a whole", () => {
  it("checks the share the report states, not a growth rate", () => {
    const a = engine.answer(
      "Did at least three quarters of Gansu's special funds go to the 43 key counties?",
    );
    expect(a).toMatchObject({ type: "yesno", verdict: "no", value: 60 });
  });

  it("finds the share of the whole in the sentence after the one naming the project", () => {
    const a = engine.answer(
      "Had the Asian Development Bank water project paid out at least half of its total investment by the end of October?",
    );
    expect(a).toMatchObject({ type: "yesno", verdict: "no", value: 40 });
  });
});
