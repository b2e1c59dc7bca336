// Names holding commas and "and" in a "respectively" subject (headed-names.ts).
import { describe, expect, it } from "vitest";
import { labelsOf } from "../support/one-sentence.js";

describe("names that hold commas and 'and', read by their head word", () => {
  it("pairs each figure with its whole name", () => {
    const l = labelsOf(
      "In the Wumeng Mountain area, Weining Yi, Hui and Miao Autonomous County and Hezhang County received 23.5 million and 18.6 million Yuan respectively.",
    );
    expect(l.get("23.5 million")).toMatch(/^Funds received by Weining Yi, Hui and Miao Autonomous County\b/);
    expect(l.get("18.6 million Yuan")).toBe("Funds received by Hezhang County in the Wumeng Mountain area");
  });

  it("reads no name when a piece without the head word is not a proper name", () => {
    const l = labelsOf(
      "In the mountain areas, poor villages, Hui and Miao Autonomous County and Hezhang County received 23.5 million and 18.6 million Yuan respectively.",
    );
    expect(l.get("18.6 million Yuan")).not.toMatch(/Hezhang/);
  });
});
