// A share is a part over its whole of the same kind: a figure given per unit ("income growth per
// household") is no part of a total amount, and its "share" of that total is a number of nothing
// (compute.ts share). Henan's report states both in one sentence.
import { describe, expect, it } from "vitest";
import { realEngine } from "../support/knowledge.js";

describe("a share whose part is a rate and whose whole is a total", () => {
  it("is not computed (before: 2,500 Yuan per household over 633.5 million Yuan of loans gave 0%)", () => {
    const a = realEngine().answer("What proportion of the province's poor villages got small loans?");
    expect(a.answered).toBe(false);
  });

  it("leaves a share of two totals to be computed", () => {
    const a = realEngine().answer("What share of the anti-poverty funds came from the central government?");
    expect(a.type).toBe("derived");
  });
});
