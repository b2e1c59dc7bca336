// A stated total that is one side's own figure ("small loans issued (total)") is not the sum of
// both sides asked for: the computed sum answers (engine.ts). Henan's own figures, asked anew.
import { describe, expect, it } from "vitest";
import { realEngine } from "../support/knowledge.js";

describe("a sum of two named things beside one side's stated total", () => {
  it("adds both sides", () => {
    const a = realEngine().answer("小额信贷和互助资金一共发放了多少贷款？");
    expect(a).toMatchObject({ type: "derived", value: 695_376_800 });
    expect(a.citations).toHaveLength(2);
  });
});
