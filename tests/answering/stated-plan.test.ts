// "How many was X supposed to train?": when the result asked about has a plan the report states as
// a figure, that figure answers; no other result's plan is worked out from its share in its place.
// (Henan's Rain Plan: 206,300 trained against a stated plan of 200,000; 189,000 placed in jobs, 105%
// of the scheduled task, whose implied plan of 180,000 was answered.)
import { describe, expect, it } from "vitest";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { realEngine } from "../support/knowledge.js";

describe("a plan asked for, stated for the result asked about", () => {
  it("answers the stated plan, not another result's implied plan", () => {
    const a = realEngine().answer("How many people was the Rain Plan supposed to train in 2011?");
    expect(a.value).toBe(200_000);
  });

  it("still works out a plan the report only implies", () => {
    const a = realEngine().answer("How many people was the Rain Plan supposed to place in jobs in 2011?");
    expect(a.value).toBe(180_000);
  });
});

describe("a plan named as the thing asked, for a change", () => {
  const glossary = fromTerms({});
  it("is read as the plan, not as the year's figure worked back", () => {
    const q = understand("What was the Rain Plan's target for annual income growth in 2011?", glossary, {
      names: ["rain plan"],
    });
    expect(q.derivation).toEqual({ type: "plan" });
  });

  it("is not answered with a stated plan of another kind of figure (people trained for money)", () => {
    const a = realEngine().answer("What was the Rain Plan's target for annual income growth in 2011?");
    expect(a.answered).toBe(false);
  });
});
