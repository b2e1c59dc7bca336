// Where a figure as written stands (written-at.ts): never inside the tail of a longer number.
import { describe, expect, it } from "vitest";
import { writtenAt } from "../../src/knowledge/written-at.js";

describe("writtenAt", () => {
  it("skips a figure's text that ends a longer number", () => {
    const s = "31,200 households were moved, exceeding the target by 1,200 households.";
    expect(writtenAt(s, "1,200 households")).toBe(s.lastIndexOf("1,200 households"));
    expect(writtenAt("It rose 2.5 yuan to 5 yuan.", "5 yuan")).toBe(20);
  });

  it("finds repeats from an offset and says -1 when there is none", () => {
    const s = "3 villages here, 3 villages there";
    expect(writtenAt(s, "3 villages", 1)).toBe(17);
    expect(writtenAt(s, "4 villages")).toBe(-1);
  });
});
