// A margin past a plan (label-beyond.ts): "exceeding the target by N" is the result before it,
// beyond the plan, never the result itself.
import { describe, expect, it } from "vitest";
import { labelsOf } from "../support/one-sentence.js";

describe("automatic labels: a margin beyond the plan", () => {
  it("labels the margin by the result of its own unit", () => {
    const l = labelsOf(
      "31,200 households and 118,600 people were moved out of mountain areas, exceeding the target by 1,200 households.",
    );
    expect(l.get("31,200 households")).toBe("Households moved out of mountain areas");
    expect(l.get("1,200 households")).toBe("Households moved out of mountain areas beyond the target");
  });

  it("reads past the plan's modifiers", () => {
    const l = labelsOf("In total, 1,236 villages were finished, exceeding the annual plan by 36 villages.");
    expect(l.get("36 villages")).toBe("Villages finished beyond the annual plan");
  });
});
