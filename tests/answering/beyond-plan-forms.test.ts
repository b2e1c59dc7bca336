// "How far beyond the plan" asked in forms the reading missed: a year naming which plan ("overshoot
// its 2011 plan"), a plan figure the question writes with a magnitude word ("the 200k target"), and
// no unit asked ("by how much did X beat its target"), where the result is a count, not money.
import { afterAll, describe, expect, it } from "vitest";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

const engine = madeUpGansuEngine({
  "Rain Plan":
    "In 2012, the province invested 80 million Yuan in the Rain Plan. As of the end of December, the province had trained 131,400 labourers, accounting for 109.5% of the annual plan (120,000 people).",
  "Entire village advancement":
    "In 2012, the province planned to carry out entire village advancement in 800 poor villages, and actually completed 836 villages.",
});

describe("understand: how far beyond the plan", () => {
  it("reads a year between the determiner and the plan as which plan", () => {
    const q = understand("By how many villages did Gansu overshoot its 2012 plan?", fromTerms({}));
    expect(q.derivation).toEqual({ type: "versus-plan", sign: 1 });
  });

  it("takes a magnitude word after a number as part of it, not a search word", () => {
    const q = understand(
      "they trained more than the 120 thousand target right? how many over",
      fromTerms({}),
    );
    expect(q.terms.map((w) => w.surface)).not.toContain("thousand");
  });
});

describe("derive: how far beyond the plan", () => {
  it("finds a count result when the question names no unit", () => {
    const a = engine.answer("By how much did the Rain Plan beat its training target?");
    expect(a.value).toBe(11400);
  });

  it("answers the year-named plan", () => {
    expect(
      engine.answer("By how many villages did Gansu overshoot its 2012 plan for entire village advancement?")
        .value,
    ).toBe(36);
  });
});
