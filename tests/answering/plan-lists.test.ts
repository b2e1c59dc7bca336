// Shares and plans written as "respectively" lists: "relocated N households and M people in K
// counties, P% and Q% of the plan (X households and Y people) respectively" pairs each result with
// its own share and its own plan (relations.ts planFromShare), past the place's figure between.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

const engine = madeUpGansuEngine({
  "Relocation for poverty alleviation":
    "In 2012, the province relocated 8,200 households and 33,600 poor people in 14 counties, 102.5% and 105% of the plan (8,000 households and 32,000 people) respectively.",
});

describe("a list of plans after a list of shares", () => {
  it("measures each result against the plan of its own measure", () => {
    const people = engine.answer("Did Gansu relocate as many poor people as planned?");
    expect(people).toMatchObject({ type: "yesno", verdict: "yes", value: 33_600 });
    expect(people.text.split("\n")[0]).toContain("32,000 people");
    const households = engine.answer("Did Gansu relocate as many households as planned?");
    expect(households).toMatchObject({ type: "yesno", verdict: "yes", value: 8_200 });
    expect(households.text.split("\n")[0]).toContain("8,000 households");
  });
});
