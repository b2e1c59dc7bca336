// A sum's sides after one preposition of means (src/answering/sides.ts sideAfterPreposition).
import { describe, expect, it } from "vitest";
import { sideAfterPreposition } from "../../src/answering/sides.js";

describe("sideAfterPreposition", () => {
  it("takes the first side after a preposition of means that governs both", () => {
    expect(
      sideAfterPreposition("in loans did the province issue in total through small loans", "mutual funds"),
    ).toBe("small loans");
  });
  it("leaves a side alone when the second side has its own preposition or there is none", () => {
    expect(sideAfterPreposition("households supported by a", "by b")).toBe("households supported by a");
    expect(sideAfterPreposition("wells", "ponds")).toBe("wells");
  });
});
