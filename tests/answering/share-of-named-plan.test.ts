// "What percentage of the Rain Plan trainees got jobs?": a plan word inside a programme's name asks
// for a share of the trainees, not of a plan (the name is masked before the plan-share test).
import { describe, expect, it } from "vitest";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const read = (q: string, names: string[]) => understand(q, fromTerms({}), { names });

describe("understand: a share of something named after a plan", () => {
  it("is an ordinary share when the plan word is part of a name", () => {
    expect(
      read("What percentage of the Rain Plan trainees got non-farm jobs?", ["rain plan"]).derivation,
    ).toEqual({
      type: "share",
    });
  });

  it("is still a share of the plan when the plan is asked", () => {
    expect(read("What percentage of the annual plan was fulfilled?", ["rain plan"]).derivation).toEqual({
      type: "share",
      ofPlan: true,
    });
  });
});
