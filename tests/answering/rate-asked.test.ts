// A rate the question asks for ("per square meter", "per-person") that the reading cannot compute
// is refused: a figure that is not itself a rate is an input of that rate, never its answer. And a
// word that only says the figure is money ("cost", "budget") is no topic the report must name.
import { describe, expect, it } from "vitest";
import { realEngine } from "../support/knowledge.js";

describe("rates and money words", () => {
  it("refuses a rate it cannot compute instead of giving one of its inputs", () => {
    // The report gives the floor area of the houses, and no money per square meter.
    const a = realEngine().answer("how much was spent per square meter of poverty-relief housing?");
    expect(a.type).toBe("none");
  });

  it("reads 'cost' and 'budget' as asking for money, not as things the report lacks", () => {
    const a = realEngine().answer("what was the total cost of the entire village advancement projects?");
    expect(a.value).toBe(2_264_066_000);
  });
});
