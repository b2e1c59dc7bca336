// End to end on a made-up report: a county the report names elsewhere gets no figure of the
// province's (place-owner.ts), and a compound thing whose common head word the report never uses
// ("poverty line") gets neither a figure nor sentences (subject.ts). Real questions keep theirs.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

const engine = madeUpGansuEngine({
  Overview: "In 2012, Gansu Province lifted 1.2 million rural poor residents out of poverty.",
  "Relocation for poverty alleviation":
    "In 2012, Gansu Province moved 900 households out of mountain areas. In October, the provincial government held a meeting on relocation work in Xiping County.",
});
afterAll(removeMadeUpReports);

describe("a place the question names, and the province's figure", () => {
  it("refuses the province's figure for a county its sentence never names", () => {
    expect(
      engine.answer("How many households were moved out of the mountains in Xiping County?").answered,
    ).toBe(false);
  });

  it("still answers the province's figure when no county is asked", () => {
    const a = engine.answer("How many households were moved out of the mountains?");
    expect(a.value).toBe(900);
  });
});

describe("a compound thing the report never names", () => {
  it("refuses it after a possessive and right after 'what'", () => {
    for (const question of [
      "What was Gansu's rural poverty line in 2012?",
      "What poverty line did Gansu use in 2012?",
    ]) {
      const a = engine.answer(question);
      expect(a.answered, question).toBe(false);
    }
  });

  it("still answers the thing the report names", () => {
    expect(engine.answer("How many rural poor residents were lifted out of poverty in 2012?").value).toBe(
      1200000,
    );
  });
});
