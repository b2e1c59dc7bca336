// Labels of round twelve: "…, while last year it was N" gives the measure before it in the year
// before (labels.ts sameMeasureEarlier); a subject runs across a hyphen inside a word.
import { describe, expect, it } from "vitest";
import { readSentence } from "../support/one-sentence.js";
import { TEST_REPORT_META } from "../support/knowledge.js";

describe("a clause of the year before that refers back to the measure", () => {
  it("labels its figure as the measure before it, in the year before", () => {
    const { entries } = readSentence(
      "This year the provincial budget set aside 612 million Yuan for poverty alleviation, while last year it was 480 million Yuan.",
    );
    const now = entries.find((e) => e.value === 612000000)!;
    const before = entries.find((e) => e.value === 480000000)!;
    expect(before.label).toBe(now.label);
    expect(before.year).toBe(TEST_REPORT_META.year - 1);
  });

  it("leaves a change 'from N at the end of last year to M' alone: M is this year's", () => {
    const { entries } = readSentence(
      "The poverty incidence in rural areas dropped from 33.2% at the end of last year to 23.8%.",
    );
    expect(entries.find((e) => e.value === 23.8)?.year).toBe(TEST_REPORT_META.year);
  });
});

describe("a subject with a hyphenated word", () => {
  it("runs across the hyphen: 'poverty-stricken counties' is one modifier and its noun", () => {
    const { entries } = readSentence(
      "The per capita net income of farmers in the contiguous poverty-stricken counties reached 4,493 Yuan.",
    );
    expect(entries.find((e) => e.value === 4493)?.label).toBe(
      "Per capita net income of farmers in the contiguous poverty-stricken counties",
    );
  });
});
