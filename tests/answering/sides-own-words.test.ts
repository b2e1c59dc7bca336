// A side of a comparison is the figure its own words name, and an average is taken of the first
// kind of figure the question asks for.
import { describe, expect, it } from "vitest";
import { realEngine } from "../support/knowledge.js";

describe("comparing two sides by their own words", () => {
  it("does not take a figure that matches only what both sides share for one of them", () => {
    const a = realEngine().answer("Which assisted more poor households: microcredit or mutual aid?");
    expect(a.type).toBe("comparison");
    // Small loans (microcredit) against mutual funds, not an unrelated count of households.
    expect(a.value).toBe(21000);
    expect(a.citations.map((c) => c.value).sort()).toEqual([18900, 21000]);
  });
});

describe("averages of the kind asked for", () => {
  it("divides money when 'how much' asks for money, though a count matches as well", () => {
    const a = realEngine().answer(
      "If Shandong split its reward evenly across the expanded pilot counties, how much would each county get?",
    );
    expect(a.type).toBe("derived");
    expect(a.unit).toBe("Yuan");
    expect(a.value).toBe(2125000);
  });
});
