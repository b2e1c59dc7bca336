// A change put after a figure as an appositive ("…, a year-on-year increase of N"): label-growth.ts appositiveGrowthLabel.
import { describe, expect, it } from "vitest";
import { labelsOf } from "../support/one-sentence.js";

describe("automatic labels: an appositive change after a figure", () => {
  it("is the growth of the figure before its comma", () => {
    const l = labelsOf(
      "In 2012, the per capita net income of farmers in the key counties reached 7,340 yuan, a year-on-year increase of 14.6 per cent.",
    );
    expect(l.get("14.6 per cent")).toBe(
      "Growth of per capita net income of farmers in the key counties year on year (percent)",
    );
  });

  it("an amount is an increase, and a place before the comma is not what grew", () => {
    const l = labelsOf(
      "18,600 sample households were monitored in the 29 key counties, an increase of 2,400 over the previous year.",
    );
    expect(l.get("2,400")).toBe("Increase of sample households monitored over the previous year");
  });

  it("a growth rate set off between the figure and its change is an aside", () => {
    const l = labelsOf(
      "The per capita net income of farmers in the project villages stood at 5,120 yuan, up 16.2%, a net increase of 714 yuan.",
    );
    expect(l.get("714 yuan")).toBe("Increase of per capita net income of farmers in the project villages");
  });

  it("reads past the figure's own phrase to the comma, and 'realized N' as the subject's level", () => {
    const l = labelsOf(
      "In 2012, the county spent 42 million yuan of relief funds of every kind, a year-on-year growth of 9.5%.",
    );
    expect(l.get("9.5%")).toMatch(
      /^Growth of relief funds spent by the county\b.* year on year \(percent\)$/,
    );
    const income = labelsOf("The per capita income of herders in the valley realized 6,120 yuan in 2012.");
    expect(income.get("6,120 yuan")).toMatch(/^Per capita income of herders in the valley/);
  });

  it("a falling noun after its modifiers is a decrease", () => {
    const l = labelsOf("The number of poor people was 2.1 million, a year-on-year drop of 300,000 people.");
    expect(l.get("300,000 people")).toBe("Decrease of number of poor people year on year");
  });

  it("reads past a predicate that places a figure which is its clause's subject", () => {
    const l = labelsOf(
      "Of the relief funds, 3,400 10,000 yuan was from the county finance, a year-on-year increase of 12.5%, and 900 10,000 yuan was from townships.",
    );
    expect(l.get("12.5%")).toBe("Growth of relief funds from the county finance year on year (percent)");
  });

  it("a rate after an appositive increase is the growth of what increased", () => {
    const l = labelsOf(
      "In 2013, the county spent 84 million yuan of relief funds, an increase of 9 million yuan over the previous year, up 12%.",
    );
    expect(l.get("12%")).toBe("Growth of relief funds spent by the county over the previous year (percent)");
  });
});
