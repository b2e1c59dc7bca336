// A percentage written as a change (src/answering/named-change.ts isNamedChange).
import { describe, expect, it } from "vitest";
import { isNamedChange } from "../../src/answering/named-change.js";
import { figureIn as figure } from "../support/entries.js";

describe("isNamedChange of a percentage written as a change", () => {
  it("reads 'an increase of N% year on year' and 'N% higher than in 2010' as changes", () => {
    const a = "a total of 9.386 billion Yuan was invested, an increase of 17.8% year on year";
    expect(isNamedChange(figure("17.8%", a, "percent", "an increase of 17.8% year on year"))).toBe(true);
    const b = "The provincial financial input was 31.5% higher than in 2010";
    expect(isNamedChange(figure("31.5%", b, "percent"))).toBe(true);
  });
  it("does not read a share of a plan as a change", () => {
    expect(isNamedChange(figure("96.9%", "fulfilling 96.9% of the task", "percent"))).toBe(false);
  });
});
