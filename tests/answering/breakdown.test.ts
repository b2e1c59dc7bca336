// A comparison that names the breakdown it weighs: the noun is not searched, and "overall" asks for
// the breakdown of the largest whole (breakdown.ts).
import { describe, expect, it } from "vitest";
import { breakdownNamed, withoutBreakdownNoun } from "../../src/answering/breakdown.js";

describe("breakdownNamed", () => {
  it("reads a breakdown named in the shared words, and whether it is the overall one", () => {
    expect(breakdownNamed("in the report's overall funding breakdown larger")).toEqual({ overall: true });
    expect(breakdownNamed("in the funding breakdown of the village projects")).toEqual({ overall: false });
  });

  it("reads none where no breakdown is named, however much else the words say", () => {
    expect(breakdownNamed("provide more of shanxi's social poverty alleviation funds")).toBeUndefined();
    expect(breakdownNamed("in the overall funding")).toBeUndefined();
  });

  it("leaves the breakdown's noun out of the words searched", () => {
    expect(withoutBreakdownNoun("in the report's overall funding breakdown larger")).toBe(
      "in the report's overall funding larger",
    );
  });
});
