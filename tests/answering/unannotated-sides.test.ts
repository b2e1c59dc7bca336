// The two sides of a comparison (compute.ts pickSides): parts of one breakdown are weighed together,
// not a part against its total or against a namesake in another section. The automatic reading of
// "of which" gives a report nobody annotated these breakdowns too.
import { describe, expect, it } from "vitest";
import { realEngine } from "../support/knowledge.js";

describe("pickSides: parts of one breakdown are compared with each other", () => {
  it("weighs two sources of the year's funds, not one of them against the year's total", () => {
    const a = realEngine().answer(
      "Did the masses or the province's own matching money contribute more to the 2011 anti-poverty funds?",
    );
    expect(a).toMatchObject({ type: "comparison", value: 1_120_000_000 });
    expect(a.text.split("\n")[0]).toContain("181 million Yuan");
    expect(a.text.split("\n")[0]).not.toContain("4.418 billion Yuan");
  });
});
