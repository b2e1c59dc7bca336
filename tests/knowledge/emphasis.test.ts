import { describe, expect, it } from "vitest";
import { cleanReportText } from "../../src/knowledge/clean.js";
import { breakAroundEmphasisTitles } from "../../src/knowledge/emphasis.js";
import { findHeadings } from "../../src/knowledge/headings.js";

const titles = (raw: string) => findHeadings(cleanReportText(raw), { knownTitles: [] }).map((h) => h.title);

describe("breakAroundEmphasisTitles", () => {
  it("puts a bold title that runs into its first sentence on a line of its own", () => {
    expect(
      breakAroundEmphasisTitles("<strong>Social Poverty Alleviation</strong> In 2013, the province …"),
    ).toBe("\n<strong>Social Poverty Alleviation</strong>\n In 2013, the province …");
  });

  it("separates a bold title from Word junk before it on the same line", () => {
    const raw =
      "Text.\nGB2\ufffds-p<b>Performance Assessment</b> The Ministry of Finance assessed 12 provinces.";
    expect(titles(raw)).toContain("Performance Assessment");
  });

  it("leaves emphasis inside a sentence alone", () => {
    const raw = "In 2013, the <b>Rain Plan</b> trained 5,000 people.";
    expect(breakAroundEmphasisTitles(raw)).toBe(raw);
  });

  it("leaves a bold phrase followed by more of its sentence alone", () => {
    const raw = "<b>Rain Plan</b> funds were 84 million Yuan.";
    expect(breakAroundEmphasisTitles(raw)).toBe(raw);
  });

  it("does not take a bold sentence or figure for a title", () => {
    const raw = "<b>The province trained 5,000 people.</b> More text.";
    expect(breakAroundEmphasisTitles(raw)).toBe(raw);
  });
});

describe("findHeadings: a numbered title closed by its own full stop or colon", () => {
  it("reads '(3) Rain Plan. In 2013' and '(5) Relocation: In 2013' as titles of the numbering", () => {
    const text = [
      "(1) Overview",
      "In 2013, 10 villages.",
      "(2) Funds",
      "The province put in 2 billion Yuan.",
      "(3) Rain Plan. In 2013, the province trained 5,000 people.",
      "(4) Relocation for Poverty Alleviation: In 2013, the province moved 800 households.",
    ].join("\n");
    const found = findHeadings(text, { knownTitles: [] });
    expect(found.map((h) => h.title)).toEqual([
      "Overview",
      "Funds",
      "Rain Plan",
      "Relocation for Poverty Alleviation",
    ]);
    expect(text.slice(found[3]!.bodyStart).trim()).toMatch(/^In 2013, the province moved/);
  });
});
