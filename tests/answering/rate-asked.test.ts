// A rate the question asks for ("per square meter", "per-person") that the reading cannot compute
// is refused: a figure that is not itself a rate is an input of that rate, never its answer. And a
// word that only says the figure is money ("cost", "budget") is no topic the report must name.
import { describe, expect, it } from "vitest";
import { RATE_ASKED } from "../../src/answering/engine.js";
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

describe("RATE_ASKED", () => {
  it("reads 'per' before a unit as a rate asked", () => {
    expect(RATE_ASKED.test("how much was spent per square meter")).toBe(true);
    expect(RATE_ASKED.test("what was the per-capita cost")).toBe(true);
  });

  it("reads 'per the report' as where a figure is from, not as a rate", () => {
    expect(RATE_ASKED.test("how many wells were dug this year per the report")).toBe(false);
    expect(RATE_ASKED.test("how many wells were dug per your data")).toBe(false);
  });

  it("answers a count asked 'per the report' with the count", () => {
    const a = realEngine().answer("how many people did the Rain Plan train in 2011 per the report?");
    expect(a.value).toBe(206_300);
  });
});
