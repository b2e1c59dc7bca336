// A sum over two years: a total stated for one of the years is not the sum, and the figures added
// are the ones that name what the question measures.
import { describe, expect, it } from "vitest";
import { realEngine } from "../support/knowledge.js";

describe("a sum of one measure over two years", () => {
  it("adds the two years' investment instead of giving one year's total or the funds they got", () => {
    const a = realEngine().answer(
      "total investment of the 2010 and 2011 lottery fund pilot projects together?",
    );
    expect(a.type).toBe("derived");
    expect(a.value).toBe(204286000);
    expect(a.citations.map((c) => Number(c.value)).sort((x, y) => x - y)).toEqual([62806000, 141480000]);
  });
});
