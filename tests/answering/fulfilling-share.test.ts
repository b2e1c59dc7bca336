// "The province helped 1.12 million low-income people raise their per capita net income above the new
// line, fulfilling 109.3% of the annual task": a participle of fulfilment ties the share to the
// clause's only figure across a long clause (relations.ts percentFor), and a yes/no question about
// the task finds that figure although its words lean to money (judge.ts againstPlan).
// A made-up report loaded from disk.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("a share of the task after a long clause", () => {
  const engine = madeUpGansuEngine({
    Overview:
      "In 2012, the province took the per capita net income of 4,000 Yuan as the new provincial poverty line. Throughout the year, the province helped 1.12 million low-income people raise their per capita net income above the new line, fulfilling 109.3% of the annual task.",
  });

  it("judges the people helped against the task their share implies", () => {
    const a = engine.answer(
      "Did the province fulfil its task of lifting low-income people above the new poverty line?",
    );
    expect(a).toMatchObject({ type: "yesno", verdict: "yes", value: 1_120_000 });
  });
});

describe("a share of the plan in a relative clause after a long clause", () => {
  const engine = madeUpGansuEngine({
    Overview:
      "In 2012, the province carried out the new round of assistance. In total, 812,000 people were lifted out of poverty across the whole province, which realised 92.8 per cent of the annual plan.",
  });

  it("works the plan out from the share", () => {
    const a = engine.answer("What was the annual plan for the number of people to be lifted out of poverty?");
    expect(a.type).toBe("derived");
    expect(a.value).toBeCloseTo(812_000 / 0.928, 0);
  });
});
