// "How many gacha and villages": "and" after a noun written alike in both numbers joins it to the
// plural head after it (counted.ts); with no plural after it the first noun still ends the phrase.
import { describe, expect, it } from "vitest";
import { countedUnit, countUnitsOf } from "../../src/answering/counted.js";

const units = countUnitsOf(["villages", "projects", "sheep", undefined]);

describe("countedUnit: nouns joined by 'and'", () => {
  it("reads on to the plural head", () => {
    expect(countedUnit("hamlet and villages by the end of the year", units)).toBe("villages");
    expect(countedUnit("hamlet or villages were there", units)).toBe("villages");
    expect(countedUnit("county and township projects in the hills", units)).toBe("projects");
  });

  it("does not when no plural follows before the phrase ends", () => {
    expect(countedUnit("science and technology", units)).toBeUndefined();
    expect(countedUnit("hamlet and the county", units)).toBeUndefined();
  });
});
