// "higher than that of X (N, up P%)": the bracketed figure is the measure before, for X (label-that-of.ts),
// and the change after it in the bracket is that figure's growth (label-growth.ts).
import { describe, expect, it } from "vitest";
import { labelsOf } from "../support/one-sentence.js";

describe("a figure in brackets after 'that of X'", () => {
  it("is the earlier figure's measure for X, and its bracketed change is its growth", () => {
    const l = labelsOf(
      "The average wage of workers in the pilot towns reached 3,400 yuan, 2 points faster than that of workers across the region (2,950 yuan, up 7.5%).",
    );
    expect(l.get("3,400 yuan")).toBe("Average wage of workers in the pilot towns");
    expect(l.get("2,950 yuan")).toBe("Average wage of workers across the region");
    expect(l.get("7.5%")).toBe("Growth of average wage of workers across the region (percent)");
  });

  it("needs 'that of' right before the bracket, with no clause between", () => {
    const l = labelsOf(
      "The average wage reached 3,400 yuan, higher than that of 2011, and the fund (2,950 yuan) was spent.",
    );
    expect(l.get("2,950 yuan")).not.toMatch(/^Average wage/);
  });
});
