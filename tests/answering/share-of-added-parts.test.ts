// "What share came from A plus B": the part is the sum of two parts of one whole.
import { describe, expect, it } from "vitest";
import { realEngine } from "../support/knowledge.js";

describe("a share of parts the question adds", () => {
  it("adds two parts of one whole before dividing", () => {
    const a = realEngine().answer(
      "what percent of entire village advancement investment was central+provincial plus city and county money?",
    );
    expect(a.type).toBe("derived");
    expect(a.value).toBeCloseTo(29.77, 2);
    expect(a.citations).toHaveLength(3);
  });

  it("reads the word 'plus' as '+' does", () => {
    const a = realEngine().answer(
      "what percent of entire village advancement investment was the central and provincial money plus the city and county money?",
    );
    expect(a.type).toBe("derived");
    expect(a.value).toBeCloseTo(29.77, 2);
  });
});
