// A figure restated in brackets in another unit (src/knowledge/label-restated.ts).
import { describe, expect, it } from "vitest";
import { labelsOf } from "../support/one-sentence.js";

describe("restatedLabel: 'N mu (M hectares)'", () => {
  it("gives the bracketed figure the label of the figure it restates", () => {
    const l = labelsOf("The tea gardens of the county reached 90,000 mu (6,000 hectares), up 8% over 2011.");
    expect(l.get("6,000 hectares")).toBe(l.get("90,000 mu"));
    expect(l.get("6,000 hectares")).toMatch(/^Tea gardens/);
  });

  it("reads past a bound word inside the bracket", () => {
    const l = labelsOf("The orchards reached 30,000 mu (about 2,000 hectares).");
    expect(l.get("2,000 hectares")).toBe(l.get("30,000 mu"));
  });

  it("leaves a bracketed figure of another kind to its own reading", () => {
    const l = labelsOf("The county planted 30,000 mu of orchards (1,200 households).");
    expect(l.get("1,200 households")).not.toBe(l.get("30,000 mu"));
  });
});
