// A plan noun the report does not use ("goal" where it writes "target") is no subject it lacks
// when a plan is asked for: the plan is computed from the share the report states.
import { describe, expect, it } from "vitest";
import { realEngine } from "../support/knowledge.js";

describe("a plan asked for with another plan noun", () => {
  it("works the plan out instead of refusing the word", () => {
    const a = realEngine().answer(
      "If the World Bank money put in by Oct 31 was 10% of the goal, how much is the whole goal?",
    );
    expect(a.type).toBe("derived");
    expect(a.value).toBeCloseTo(361_174_000, -3);
  });
});
