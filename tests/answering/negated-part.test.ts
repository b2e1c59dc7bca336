import { describe, expect, it } from "vitest";
import { namesPredicate, negatedPartFirst, negatedPredicate } from "../../src/answering/negated-part.js";

describe("the part a 'did not' question takes away", () => {
  it("reads the negated predicate, its verb in every form a label may write", () => {
    const p = negatedPredicate("how many of the trainees did not find jobs?")!;
    expect(p.verbForms.has("found")).toBe(true);
    expect(namesPredicate("People found jobs", p)).toBe(true);
    expect(namesPredicate("People that received training", p)).toBe(false);
    const r = negatedPredicate("how many households weren't relocated in 2012?")!;
    expect(namesPredicate("Households relocated", r)).toBe(true);
  });

  it("puts the figures that did it first, and leaves a question with no negation alone", () => {
    const ranked = [{ entry: { label: "People trained" } }, { entry: { label: "People found jobs" } }];
    expect(
      negatedPartFirst("how many trainees did not find jobs?", ranked).map((r) => r.entry.label),
    ).toEqual(["People found jobs", "People trained"]);
    expect(negatedPartFirst("how many trainees found jobs?", ranked)).toEqual(ranked);
  });
});
