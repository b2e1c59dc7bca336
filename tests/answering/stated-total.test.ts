// "In total" with no two sides named adds up items the report lists separately for the same thing
// (compute.ts totalOf), never a figure the report already writes as a total, and never figures
// that count different things because one programme built both.
import { describe, expect, it } from "vitest";
import { realEngine } from "../support/knowledge.js";

describe("a total asked for with 'in total'", () => {
  it("is the figure the report writes as 'a total of N', not that figure plus its neighbours", () => {
    const a = realEngine().answer("How many people did the Rain Plan train in total?");
    expect(a).toMatchObject({ type: "figure", value: 206_300 });
  });

  it("does not add figures whose labels count different things (roads and canals, both in km)", () => {
    const a = realEngine().answer(
      "How many km of village roads did entire village advancement build in total?",
    );
    expect(a).toMatchObject({ type: "figure", value: 3005 });
  });

  it("still adds the same thing counted in two places", () => {
    const a = realEngine().answer(
      "How many poor villages did the contiguous development pilot counties cover altogether?",
    );
    expect(a).toMatchObject({ type: "derived", value: 84 });
  });
});
