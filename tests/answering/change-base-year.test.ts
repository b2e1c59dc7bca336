import { describe, expect, it } from "vitest";
import { yearsAskedOfChange } from "../../src/answering/change-base-year.js";

describe("the base year of a change", () => {
  it("reads 'grew … over 2011' as asking about the change's own year, the one after", () => {
    expect(yearsAskedOfChange("did the loans grow by more than 10% over 2011?", [2011])).toEqual([2012]);
    expect(yearsAskedOfChange("how much did the wells increase compared with 2011?", [2011])).toEqual([2012]);
  });

  it("leaves a year that is no base of a change as asked", () => {
    expect(yearsAskedOfChange("how many wells were dug in 2011?", [2011])).toEqual([2011]);
    // No change named: "over 2011" is no base.
    expect(yearsAskedOfChange("how many wells were dug over 2011?", [2011])).toEqual([2011]);
    // Two years named: each is a side of its own.
    expect(yearsAskedOfChange("did wells rise from 2011 to 2012?", [2011, 2012])).toEqual([2011, 2012]);
    expect(yearsAskedOfChange("did more wells rise in 2012 than in 2011?", [2012, 2011])).toEqual([
      2012, 2011,
    ]);
  });
});
