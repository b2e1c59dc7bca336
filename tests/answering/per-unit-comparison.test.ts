// "Which gave a bigger <measure> per household, A or B?": the question before the last comma is the
// frame both sides share (forms.ts), and a measure asked per unit is weighed between figures given
// per unit (judge.ts), not between the totals the sides' names match best.
import { afterAll, describe, expect, it } from "vitest";
import { formOf } from "../../src/answering/forms.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

describe("formOf: alternatives after the last comma", () => {
  it("leaves the question before the comma as the shared frame", () => {
    expect(
      formOf("which brought a larger wage rise per worker in 2012, the new factories or the farm jobs?"),
    ).toMatchObject({
      type: "comparison",
      left: "new factories",
      right: "farm jobs",
      wants: "larger",
    });
  });
});

const engineFor = madeUpGansuEngine;
afterAll(removeMadeUpReports);

describe("a comparison of a measure asked per household", () => {
  const engine = engineFor({
    "Microfinance and mutual funds":
      "Banks issued 1.1 billion Yuan of small loans to 40,200 poor households, and the income growth per household reached 2,100 Yuan. The mutual aid societies issued loans of 250 million Yuan to 20,000 poor households, and the income growth per household reached 1,500 Yuan.",
  });

  it("weighs the figures per household", () => {
    const a = engine.answer(
      "Per household, which raised incomes more in 2012: small loans or the mutual funds?",
    );
    expect(a).toMatchObject({ type: "comparison", value: 2100 });
    expect(a.text).toContain("1,500 Yuan");
  });
});
