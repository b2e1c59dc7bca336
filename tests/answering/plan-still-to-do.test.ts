// "How many more villages does it still need to finish to meet its plan?": what is left, the plan
// less the result; a plan named by its span of years ("its 2011-2015 plan") is the one whose result
// names that span, not the year's plan of the same thing; a plan already met leaves nothing to say.
import { afterAll, describe, expect, it } from "vitest";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("what is still to do to meet a plan", () => {
  it("reads 'still need to … to meet its plan' as a shortfall", () => {
    expect(
      understand("How many more wells does the province still need to dig to meet its plan?", fromTerms({}))
        .derivation,
    ).toEqual({ type: "versus-plan", sign: -1, remaining: true });
  });

  const engine = madeUpGansuEngine({
    "Drinking water":
      "In 2012, the province planned to dig 400 wells and actually dug 420 wells, 105% of the plan. During the 2011–2015 period, the province plans to dig 2,000 wells; by the end of 2012, a total of 760 wells had been dug, accounting for 38% of the five-year plan.",
  });

  it("takes the plan of the span the question names", () => {
    const a = engine.answer(
      "How many more wells does Gansu still need to dig to meet its 2011-2015 well plan?",
    );
    expect(a).toMatchObject({ type: "derived", value: 1240 });
  });

  it("refuses what is left of a plan already met", () => {
    const a = engine.answer("How many more wells does Gansu still need to dig to meet its annual well plan?");
    expect(a.value).not.toBe(-20);
    expect(a.value).not.toBe(20);
  });
});
