// A ranking's tail figures ("followed by X with N", "then X N") are the leader's measure for their own place (label-ranking.ts).
import { describe, expect, it } from "vitest";
import { labelsAndUnitsOf } from "../support/one-sentence.js";

describe("automatic labels: rankings with 'followed by' / 'then'", () => {
  it("gives every figure the leader's noun, verb and unit with its own place", () => {
    const read = labelsAndUnitsOf(
      "Weinan trained the most farmers, 5,600, then Hanzhong with 4,100, and Ankang 3,900.",
    );
    expect(read.get("5,600")).toEqual({ label: "Farmers trained by Weinan", unit: "farmers" });
    expect(read.get("4,100")).toEqual({ label: "Farmers trained by Hanzhong", unit: "farmers" });
    expect(read.get("3,900")).toEqual({ label: "Farmers trained by Ankang", unit: "farmers" });
  });

  it("reads a tail of amounts after 'followed by'", () => {
    const read = labelsAndUnitsOf(
      "Tongchuan received RMB 52 million, followed by Yan'an with RMB 40 million.",
    );
    expect(read.get("RMB 40 million")?.label).toBe("Funds received by Yan'an");
  });

  it("a 'then' that opens a clause with its own verb is no ranking tail", () => {
    const read = labelsAndUnitsOf("Weinan trained 5,600 farmers, then built 40 roads.");
    expect(read.get("40 roads")?.label).not.toMatch(/^Farmers/);
    expect(read.get("40 roads")?.unit).toBe("roads");
  });
});
