// A counted plural no report counts by may name a unit it does in other words (counted.ts unitBySense).
import { describe, expect, it } from "vitest";
import { countedUnit, countUnitsOf, unitBySense } from "../../src/answering/counted.js";

const units = countUnitsOf(["children", "villages", "households", "project villages"]);

describe("unitBySense", () => {
  it("reads 'kids' as the report's 'children' (kid → child, WordNet's same sense)", () => {
    expect(unitBySense("kids", units)).toBe("children");
    expect(countedUnit("vocational school kids got the subsidy", units)).toBe("children");
  });

  it("gives no unit for a plural whose senses the report does not count ('funds', 'tourists')", () => {
    expect(unitBySense("funds", units)).toBeUndefined();
    expect(unitBySense("tourists", units)).toBeUndefined();
  });

  it("leaves a unit the report counts by as it was", () => {
    expect(countedUnit("villages covered", units)).toBe("villages");
  });
});
