// "Both <things>" and "overall" ask for the total of the things as "in all" does, and a lead-in
// that names two things to add ("counting both the 2011 and the 2012 pilots, what's the planned
// total?") asks for their sum even when its asking clause names a plan (understand.ts).
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("totals asked with 'both' and 'overall'", () => {
  const engine = madeUpGansuEngine({
    "Contiguous development":
      "The first batch of contiguous development pilots covered 31 poor villages in Min County and Zhang County. The second batch of contiguous development pilots involved 27 poor villages in Wushan County and Gangu County.",
    "Lottery fund":
      "In 2011, the lottery fund pilots in two counties invested a total of 52.4 million Yuan. In 2012, the planned investment of the lottery fund pilots in three counties was 80.6 million Yuan.",
  });

  it("adds the figures of both batches when asked how many overall", () => {
    const a = engine.answer(
      "Taking both batches of contiguous development pilots, how many poor villages were covered overall?",
    );
    expect(a).toMatchObject({ type: "derived", value: 58 });
  });

  it("adds two years a lead-in names, though the asking clause names the plan", () => {
    const a = engine.answer(
      "Counting both the 2011 and the 2012 lottery fund pilots, what's the total planned investment?",
    );
    expect(a).toMatchObject({ type: "derived", value: 133_000_000 });
  });
});
