// "How much did A alone give, not counting B?" where the report only gives what A and B gave
// together: the joint figure is a part of a larger whole, but the whole less it is everyone else's
// money, not A's (compute.ts complementOf with alone.ts jointWhereAlone).
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("a remainder never takes out the one the question singles out", () => {
  const engine = madeUpGansuEngine({
    "Road building":
      "Of the 300 million Yuan invested in the road projects, 120 million Yuan came from the county and city governments.",
  });

  it("refuses rather than give the whole less the joint part of the one singled out", () => {
    const a = engine.answer(
      "How much did the county government alone put into the road projects, not counting the city?",
    );
    expect(a.type).toBe("none");
  });

  it("still takes a part that does not hold the one asked out of its whole", () => {
    const a = engine.answer(
      "How much of the money for the road projects did not come from the county and city governments?",
    );
    expect(a).toMatchObject({ type: "derived", value: 180_000_000 });
  });
});
