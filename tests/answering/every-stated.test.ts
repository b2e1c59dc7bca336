// "every relocated household received a subsidy of 10,000 Yuan" states the amount per household: a
// question about what each household got is answered by it, not by dividing it by the households.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("an amount stated for 'every' unit", () => {
  const engine = madeUpGansuEngine({
    Relocation:
      "In 2012, the province relocated 21,640 households, and every relocated household received a subsidy of 10,000 Yuan.",
  });

  it("is the per-unit figure asked for", () => {
    expect(engine.answer("How big was the subsidy that each relocated household got?")).toMatchObject({
      answered: true,
      value: 10_000,
    });
  });
});
