// A change between "last year" and "this year" (src/answering/year-change.ts changeBetweenYears).
import { describe, expect, it } from "vitest";
import { changeBetweenYears } from "../../src/answering/year-change.js";
import { sideInYear } from "../../src/answering/year-change.js";

describe("changeBetweenYears with relative years", () => {
  it("reads 'from last year to this year' as this year minus last year", () => {
    const sides = changeBetweenYears(
      "how much did the per capita net income increase from last year to this year?",
    );
    expect(sides).toEqual({ left: "this year", right: "last year" });
    expect(sideInYear(sides!.left, 2012)).toBe("2012");
    expect(sideInYear(sides!.right, 2012)).toBe("2011");
  });
  it("leaves a named year beside a relative one to other readings", () => {
    expect(changeBetweenYears("how much did income increase from 2011 to this year?")).toBeUndefined();
  });
});
