// "…, while last year it was N": a clause that opens with the year before and refers back to the
// measure before it gives that measure in the year before (labels.ts sameMeasureEarlier).
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
