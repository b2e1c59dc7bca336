import { describe, expect, it } from "vitest";
import { removeHtmlTags } from "../../src/knowledge/clean.js";
import { extractEntries } from "../../src/knowledge/extract.js";
import {
  ARTICLE_REASON,
  COMPOUND_REASON,
  DOCUMENT_NUMBER_REASON,
  LIST_MARKER_REASON,
  NAME_REASON,
  PAGE_REASON,
  PHONE_REASON,
  RATIO_REASON,
  AGE_REASON,
  PERIOD_REASON,
} from "../../src/knowledge/junk.js";
import type { Section } from "../../src/knowledge/schema.js";
import { TEST_REPORT_META } from "../support/knowledge.js";
import { checkCoverage } from "../../src/knowledge/validate.js";

const meta = TEST_REPORT_META;

/** Extracts one sentence as a report nobody annotated, and runs the coverage check on it. */
function read(sentence: string) {
  const raw = [{ title: "S", text: sentence, sentences: [sentence] }];
  const entries = extractEntries(meta, raw, []);
  const sections: Section[] = [{ report: meta.id, index: 0, region: "Anhui", aliases: [], ...raw[0]! }];
  const coverage = checkCoverage(entries, sections, []);
  return { written: entries.map((e) => e.written), coverage };
}

describe("numbers that name or number something are skipped with a reason", () => {
  it.each([
    [
      "The province issued Yu Zheng [2011] No.40 on poverty relief and spent 3 million yuan.",
      "40",
      DOCUMENT_NUMBER_REASON,
    ],
    ["Under Wan Fa [2012] No. 17, the province trained 500 people.", "17", DOCUMENT_NUMBER_REASON],
    ["It studied the No.10 Document and funded 12 projects.", "10", DOCUMENT_NUMBER_REASON],
    ["Article 5 of the measures covers 30 villages.", "5", ARTICLE_REASON],
    ["Details are on page 14, and 60 counties took part.", "14", PAGE_REASON],
    ["Call the hotline at 0551-62601234 to reach 20 counselors.", "0551", PHONE_REASON],
    ["An extra 800 yuan went to each of the five-guarantee households.", "five", COMPOUND_REASON],
    ["The county ran a 3-year plan for 45 villages.", "3", COMPOUND_REASON],
    ["China Three Gorges Corporation gave paired help to 25 key counties.", "Three", NAME_REASON],
    ["The programme covered 1,340 villages, or one in every three poor villages.", "three", RATIO_REASON],
    ["The scheme paid pensions to 52,000 villagers aged 65 and above.", "65", AGE_REASON],
    ["The clinics examined 9,100 children under the age of 6.", "6", AGE_REASON],
    ["The county plans to build 400 km of roads over the next three years.", "three", PERIOD_REASON],
  ])("%s", (sentence, junk, reason) => {
    const { written, coverage } = read(sentence);
    expect(written.some((w) => w.startsWith(junk))).toBe(false);
    expect(written).toHaveLength(1);
    expect(coverage.violations).toEqual([]);
    expect(coverage.skipped.find((s) => s.text === junk)?.reason).toBe(reason);
  });

  it("skips list markers at the start of a sentence, after the previous one, and in parentheses", () => {
    for (const [sentence, marker] of [
      ["1. The province built 52 bridges.", "1"],
      ["The province built 52 bridges. 2.", "2"],
      ["(3) The province dug 58 wells.", "3"],
    ] as const) {
      const { written, coverage } = read(sentence);
      expect(written).toHaveLength(1);
      expect(coverage.skipped.find((s) => s.text === marker)?.reason).toBe(LIST_MARKER_REASON);
    }
  });

  it("keeps real figures that look alike: a count in parentheses, decimals, a figure ending a sentence", () => {
    expect(read("The plan (200,000 people) was met.").written).toEqual(["200,000 people"]);
    expect(read("Investment reached 1.5 billion yuan.").written).toEqual(["1.5 billion yuan"]);
    expect(read("The number of pilot villages rose to 12.").written).toEqual(["12"]);
    expect(read("Section spending was 40 million yuan in 3 counties.").written).toHaveLength(2);
  });
});

describe("a line break tag between list items", () => {
  it("leaves a space, so the marker after it still reads as a marker, not a figure", () => {
    const cleaned = removeHtmlTags("Teams visited 14 towns.<br />2. Donations. Firms gave 3 trucks.");
    expect(cleaned).toBe("Teams visited 14 towns. 2. Donations. Firms gave 3 trucks.");
    const sentence = "Teams visited 14 towns. 2. Donations.";
    const entries = extractEntries(meta, [{ title: "S", text: sentence, sentences: [sentence] }], []);
    expect(entries.map((e) => e.written)).toEqual(["14 towns"]);
  });
});
