// A page that groups thousands with spaces ("12 000 yuan") does so for every number, not only for
// amounts: its spaced numbers are read as one number wherever they stand, and a page that groups by
// commas keeps reading "5 100 villages" as two numbers.
import { describe, expect, it } from "vitest";
import { cleanReportText } from "../../src/knowledge/clean.js";
import { findNumbers } from "../../src/knowledge/numbers.js";
import { markSpacedThousands, THIN_SPACE } from "../../src/knowledge/spaced-thousands.js";
import { readSentence } from "../support/one-sentence.js";

const values = (text: string) => findNumbers(text).map((n) => n.value);

describe("markSpacedThousands", () => {
  it("joins every spaced group on a page that writes amounts with spaced groups", () => {
    const page = "The county paid 25 000 yuan per household. It moved 4 120 households and 17 305 people.";
    const marked = markSpacedThousands(page);
    expect(marked).toContain(`4${THIN_SPACE}120 households`);
    expect(values(marked)).toEqual([25_000, 4_120, 17_305]);
  });

  it("leaves a page alone that shows no spaced amount, or groups by commas more often", () => {
    const noAmount = "It moved 4 120 households in 12 villages.";
    expect(markSpacedThousands(noAmount)).toBe(noAmount);
    const commas = "It paid 12 000 yuan to 3,400 households and 5,600 people in 7 100 villages.";
    expect(markSpacedThousands(commas)).toBe(commas);
    expect(values(commas)).toEqual([12_000, 3_400, 5_600, 7, 100]);
  });

  it("does not join a decimal, a comma group or a longer number to the digits after a space", () => {
    const page = "It paid 15 000 yuan. Rates were 2.345 678 and 1,234 567; in 2013 450 people left.";
    expect(values(markSpacedThousands(page))).toEqual([15_000, 2.345, 678, 1_234, 567, 2013, 450]);
  });

  it("keeps the thin space through cleaning, so the cleaned page still shows the number as written", () => {
    const cleaned = cleanReportText("Title\n\n【Relocation】It paid 20 000 yuan to 1 840  households.");
    expect(cleaned).toContain(`20${THIN_SPACE}000 yuan to 1${THIN_SPACE}840 households`);
  });
});

describe("a spaced number read on a page that groups by spaces", () => {
  it("is one figure with its noun, and a bracketed unit grouped by a space scales it", () => {
    const sentence = markSpacedThousands(
      "The fund paid 12 000 yuan, trained 2 846 cadres and gave 4 860 (10 000 yuan) to schools.",
    );
    const { entries, provenance, coverage } = readSentence(sentence);
    expect(provenance).toEqual([]);
    expect(coverage.violations).toEqual([]);
    expect(entries.map((e) => [e.value, e.unit])).toEqual([
      [12_000, "Yuan"],
      [2_846, "cadres"],
      [48_600_000, "Yuan"],
    ]);
  });
});

describe("labels of spaced numbers", () => {
  it("tags a thin-spaced number as one token and labels its count by the noun after it", () => {
    const sentence = markSpacedThousands(
      "The county paid 30 000 yuan, built 1 260 culverts and moved 18 640 households.",
    );
    const labels = new Map(readSentence(sentence).entries.map((e) => [e.value, e.label]));
    expect(labels.get(1_260)).toMatch(/^Culverts built/);
    expect(labels.get(18_640)).toMatch(/^Households moved/);
  });
});
