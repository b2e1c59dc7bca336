// The two sides of a difference: a pronoun standing for the first side's measure, and figures per
// household never set against totals.
import { describe, expect, it } from "vitest";
import { parallelSides } from "../../src/answering/sides.js";
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
