// Automatic labels (src/knowledge/labels.ts) for sentence shapes of round twelve's reports nobody
// annotated: each case is an invented sentence in the series' style showing one general rule.
import { describe, expect, it } from "vitest";
import { TEST_REPORT_META } from "../support/knowledge.js";
import { readSentence } from "../support/one-sentence.js";

/** The automatic label and year of one sentence's figures, by the figure as written. */
function read(sentence: string): Map<string, { label: string; year: number | null }> {
  return new Map(readSentence(sentence).entries.map((e) => [e.written, { label: e.label, year: e.year }]));
}

describe("automatic labels: a hyphened modifier inside the subject", () => {
  it("'income of farmers in the poverty-stricken counties reached N' is the income, not the counties", () => {
    const l = read(
      "The per capita net income of farmers in the 58 contiguous poverty-stricken counties reached 4,493 Yuan, up 15.6% over the previous year.",
    );
    expect(l.get("4,493 Yuan")?.label).toBe(
      "Per capita net income of farmers in the contiguous poverty-stricken counties",
    );
    expect(l.get("15.6%")?.label).toMatch(/^Growth of per capita net income of farmers/);
  });
});

describe("automatic labels: 'while last year it was N'", () => {
  it("is the measure before it, a year earlier", () => {
    const l = read(
      "This year the provincial budget set aside 612 million Yuan for poverty alleviation, while last year it was 480 million Yuan.",
    );
    const now = l.get("612 million Yuan")!;
    expect(l.get("480 million Yuan")).toEqual({ label: now.label, year: now.year! - 1 });
  });

  it("reads 'the previous year it stood at N' alike", () => {
    const l = read("The province trained 30,000 people; the previous year it stood at 25,000 people.");
    expect(l.get("25,000 people")).toEqual({
      label: "People trained",
      year: l.get("30,000 people")!.year! - 1,
    });
  });
});

describe("automatic labels: a change from last year's level", () => {
  it("leaves 'from N at the end of last year to M' alone: M is this year's", () => {
    const l = read(
      "The poverty incidence in rural areas dropped from 33.2% at the end of last year to 23.8%.",
    );
    expect(l.get("23.8%")?.year).toBe(TEST_REPORT_META.year);
  });
});
