// A page that marks most sections with 【】 and gives a few as numbered title lines ("（4）Roads"):
// the number is the title's place among all the page's sections, the marked ones counted, so the
// line is a section; a numbered list inside a section, whose numbers are no such place, stays text.
import { describe, expect, it } from "vitest";
import { splitReport } from "../../src/knowledge/split.js";

const TITLE = "Poverty Alleviation and Development in Somewhere Province";

describe("splitReport: numbered title lines among 【】 marks", () => {
  it("makes a numbered title line a section when its number is its place among the marked sections", () => {
    const page = [
      TITLE,
      "【Overview】In 2012, the province lifted 500,000 people out of poverty.",
      "【Funds】In 2012, the province put in 2.1 billion yuan.",
      "【Rain Plan】In 2012, 80,000 people were trained.",
      "（4）Roads for Remote Villages",
      "In 2012, the province built 1,200 km of village roads.",
      "【Relocation】In 2012, 3,000 households were moved.",
      "(6) Help from Coastal Cities",
      "Coastal cities gave 300 million yuan.",
    ].join("\n");
    const { sections } = splitReport(page, { reportTitle: TITLE, knownTitles: [] });
    expect(sections.map((s) => s.title)).toEqual([
      "Overview",
      "Funds",
      "Rain Plan",
      "Roads for Remote Villages",
      "Relocation",
      "Help from Coastal Cities",
    ]);
    expect(sections[3]!.text).toBe("In 2012, the province built 1,200 km of village roads.");
  });

  it("leaves numbered lines inside a marked section as its text when their numbers are not their places", () => {
    const page = [
      TITLE,
      "【Overview】In 2012, the province lifted 500,000 people out of poverty.",
      "【Funds】In 2012, the province put in 2.1 billion yuan.",
      "【Rain Plan】In 2012, 80,000 people were trained.",
      "(1) Short Courses",
      "40,000 people took short courses.",
      "(2) Vocational Schools",
      "40,000 students got subsidies.",
    ].join("\n");
    const { sections } = splitReport(page, { reportTitle: TITLE, knownTitles: [] });
    expect(sections.map((s) => s.title)).toEqual(["Overview", "Funds", "Rain Plan"]);
  });
});
