// The number a yes/no question gives for the plan belongs to the plan: the result is found by the
// rest of the question's words.
import { describe, expect, it } from "vitest";
import { realEngine } from "../support/knowledge.js";

describe("a plan check that states the plan's number", () => {
  it("finds the result though the stated number only matches the plan", () => {
    const a = realEngine().answer(
      "did the province meet the goal of 1,000 villages for whole village advancement",
    );
    expect(a.type).toBe("yesno");
    expect(a.verdict).toBe("yes");
    expect(a.value).toBe(1012);
  });
});
