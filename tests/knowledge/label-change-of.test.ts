// A change named in an apposition after the figure it changed (label-growth.ts changeOfLabel):
// "N yuan, an increase of M yuan over the previous year" is the increase of N's measure.
import { describe, expect, it } from "vitest";
import { labelsOf, readSentence } from "../support/one-sentence.js";

describe("automatic labels: 'an increase of N' after a figure", () => {
  it("labels an amount as the increase of the measure before it", () => {
    const l = labelsOf(
      "Per capita net income in the finished villages was 4,962 yuan, an increase of 738 yuan over the previous year.",
    );
    expect(l.get("738 yuan")).toBe(
      "Increase of per capita net income in the finished villages over the previous year",
    );
  });

  it("gives a bare count the unit of what it changed, past a place", () => {
    const e = readSentence(
      "18,600 sample households were monitored in the 29 key counties, an increase of 2,400 over the previous year.",
    ).entries.find((x) => x.written === "2,400");
    expect(e?.label).toBe("Increase of sample households monitored over the previous year");
    expect(e?.unit).toBe("households");
  });

  it("names a rate's change a growth", () => {
    const l = labelsOf("The income was 4,962 yuan, a drop of 2%.");
    expect(l.get("2%")).toBe("Fall of income (percent)");
  });

  it("reads the apposition without its article", () => {
    const l = labelsOf("The income was 4,962 yuan, increase of 738 yuan over the previous year.");
    expect(l.get("738 yuan")).toBe("Increase of income over the previous year");
  });
});

describe("automatic labels: a change in percentage points after rates", () => {
  it("is the change of the rate before it, counting no thing", () => {
    const e = readSentence(
      "The number of poor people fell from 90,000 to 72,000, and the poverty rate fell from 12.4% to 9.8%, a decrease of 2.6 percentage points.",
    ).entries.find((x) => x.written === "2.6 percentage points");
    expect(e?.label).toBe("Decrease of poverty rate");
    expect(e?.unit).not.toBe("people");
  });
});
