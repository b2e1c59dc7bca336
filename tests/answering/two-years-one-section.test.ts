// "What's the total investment for 2010 and 2011 together?": one thing in two years is added only
// from one section, never with another programme's figure of the other year (compute.ts combine,
// oneThingInTwoYears). A made-up report loaded from disk.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("a sum of one thing in two years", () => {
  const engine = madeUpGansuEngine({
    "Entire village advancement":
      "In 2011, the province invested a total of 2.264 billion Yuan in entire village advancement projects.",
    "Lottery fund":
      "The lottery fund pilots were launched in two counties in 2010 with a total investment of 62.806 million Yuan. In 2011, the lottery fund pilots were launched in three counties with a total investment of 141.48 million Yuan.",
  });

  it("adds the two years of the lottery pilots, not the other programme's 2011 investment", () => {
    const a = engine.answer("lottery fund pilots: what was the total investment for 2010 and 2011 together?");
    expect(a.value).not.toBe(2_326_806_000);
  });
});
