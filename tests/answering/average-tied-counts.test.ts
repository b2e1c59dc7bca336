// An average over the section's count when two counts of the same thing match alike: the whole
// ("5,200 households were moved out of mountain areas"), not its part by place ("A and B, which
// together moved out 3,100 households") (compute.ts wholeOfTied).
import { afterAll, describe, expect, it } from "vitest";
import type { RankedEntry } from "../../src/answering/rank.js";
import { wholeOfTied } from "../../src/answering/compute.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

const ranked = (score: number, label: string, value: number) =>
  ({ score, entry: { label, value, kind: "count", unit: "households" } }) as unknown as RankedEntry;

describe("wholeOfTied", () => {
  it("takes the largest of counts tied with the best that count the same thing", () => {
    const part = ranked(10, "Households moved out", 3100);
    const whole = ranked(10, "Households moved out of mountain areas", 5200);
    expect(wholeOfTied([part, whole])).toBe(whole);
  });

  it("keeps the best when the tied count counts another thing, or ranks lower", () => {
    const best = ranked(10, "Households moved out", 3100);
    expect(wholeOfTied([best, ranked(10, "Households given loans", 9000)])).toBe(best);
    expect(wholeOfTied([best, ranked(8, "Households moved out of mountain areas", 5200)])).toBe(best);
  });
});

describe("an average per household over the whole of tied counts", () => {
  const engine = madeUpGansuEngine({
    Relocation:
      "The plan for 2012 was to relocate 5,000 households. 5,200 households and 19,000 people were moved out of mountain areas. 260 million yuan was invested. Relocation was done mainly in Anding District and Tongwei County, which together moved out 3,100 households.",
  });

  it("divides the amount by the whole count", () => {
    const a = engine.answer("On average, how much was spent on each relocated household?");
    expect(a).toMatchObject({ type: "derived", value: 50_000 });
    expect(a.text).toContain("260 million yuan ÷ 5,200 households");
  });
});
