// The two sides of a difference: a pronoun standing for the first side's measure, and figures per
// household never set against totals.
import { describe, expect, it } from "vitest";
import { borrowsOtherSide, isEllipticalSide, parallelSides } from "../../src/answering/sides.js";
import { realEngine } from "../support/knowledge.js";

describe("parallelSides", () => {
  it("reads 'the one from B' as the first side's measure from B", () => {
    expect(parallelSides("the road money from the province", "the one from the counties")).toEqual({
      left: "the province",
      right: "the counties",
      common: "the road money",
      alike: true,
    });
  });

  it("keeps 'the number of' as words of the side", () => {
    expect(parallelSides("wells dug", "the number of ponds").right).toBe("the number of ponds");
  });
});

describe("differences per household", () => {
  it("subtracts one figure per household from another", () => {
    const a = realEngine().answer(
      "How much bigger was the per-household income rise from small loans than the one from mutual funds?",
    );
    expect(a.type).toBe("derived");
    expect(a.value).toBe(800);
  });

  it("refuses rather than subtract a total from a figure per household", () => {
    const a = realEngine().answer(
      "By how much did the per-household income gain from small loans exceed the small loan discount funds?",
    );
    expect(a.type).toBe("none");
  });
});

describe("a side that leaves its thing to the other", () => {
  it("reads a quantity word followed only by what happened to it as elliptical", () => {
    expect(isEllipticalSide("the number placed in jobs")).toBe(true);
    expect(isEllipticalSide("the amount spent on roads")).toBe(true);
    expect(isEllipticalSide("the number who found work")).toBe(true);
    expect(isEllipticalSide("those relocated")).toBe(true);
    expect(isEllipticalSide("the number of wells dug")).toBe(false);
    expect(isEllipticalSide("the road money")).toBe(false);
  });

  it("borrows only when one side names its thing and the other does not", () => {
    expect(borrowsOtherSide("the number of trainees of the plan", "the number placed in jobs")).toBe(true);
    expect(borrowsOtherSide("the amount spent on roads", "the amount spent on wells")).toBe(false);
    expect(borrowsOtherSide("wells dug", "ponds dug")).toBe(false);
  });

  it("takes the elliptical side's figure in the named side's section", () => {
    const a = realEngine().answer(
      "By how much did the number of people trained under the Rain Plan exceed the number who found jobs?",
    );
    expect(a.type).toBe("derived");
    expect(a.value).toBe(17300);
  });
});
