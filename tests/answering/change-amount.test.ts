// A change asked "by how much" without a percent word is answered with the amount the report
// states beside the rate, not with the rate.
import { describe, expect, it } from "vitest";
import { realEngine } from "../support/knowledge.js";

describe("amountBeforeRate", () => {
  it("answers 'by how much did X go up' with the stated amount of the change", () => {
    const a = realEngine().answer("by how much did the anti-poverty funds go up on the year before?");
    expect(a.value).toBe(46300000);
  });

  it("keeps the rate when the question asks for a percentage", () => {
    const a = realEngine().answer("by what percent did the anti-poverty funds go up on the year before?");
    expect(a.value).toBe(35.2);
  });
});
