// A figure that bounds a measure of the noun before it ("X with M below N"): label-threshold.ts.
import { describe, expect, it } from "vitest";
import { labelsOf } from "../support/one-sentence.js";

describe("thresholdLabel: 'X with M below N'", () => {
  it("names the measure bounded and the noun it counts", () => {
    const l = labelsOf(
      "The number of rural households with an annual cash income below 1,800 yuan fell to 40,000 in 2013.",
    );
    expect(l.get("1,800 yuan")).toBe("Annual cash income threshold for rural households");
  });

  it("reads 'under' too, and nothing without 'with' before the measure", () => {
    expect(
      labelsOf("The county merged 45 villages with a resident population under 300 people.").get(
        "300 people",
      ),
    ).toBe("Resident population threshold for villages");
    expect(labelsOf("The income of farmers stayed below 2,000 yuan.").get("2,000 yuan")).not.toMatch(
      /threshold/,
    );
  });
});
