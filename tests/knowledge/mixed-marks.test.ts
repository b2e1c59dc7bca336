// A page that marks some sections with 【】 and gives others as plain title lines (a scrape that lost
// some marks): every one is a section, and a title running into its sentence counts by the same
// rule as on a page without marks, whether or not another report uses it.
import { describe, expect, it } from "vitest";
import { splitReport } from "../../src/knowledge/split.js";

const PAGE = [
  "Poverty Alleviation and Development in Somewhere Province",
  "【Overview】In 2012, the province lifted 500,000 people out of poverty.",
  "Road building",
  "In 2012, the province built 1,200 km of village roads.",
  "【Rain Plan】In 2012, 80,000 people were trained.",
  "Relocation In 2012, 3,000 households were moved.",
].join("\n");

describe("splitReport on a page with marks for some sections only", () => {
  it("keeps the plain title lines between the marks as sections", () => {
    const { sections, method } = splitReport(PAGE, { knownTitles: ["Relocation"] });
    expect(method).toBe("marks");
    expect(sections.map((s) => s.title)).toEqual(["Overview", "Road building", "Rain Plan", "Relocation"]);
    expect(sections[1]!.text).toBe("In 2012, the province built 1,200 km of village roads.");
  });

  it("leaves a page whose every section is marked as it was", () => {
    const marked = "【Overview】In 2012, A happened.\n【Rain Plan】In 2012, B happened.";
    expect(splitReport(marked).sections.map((s) => s.title)).toEqual(["Overview", "Rain Plan"]);
  });

  it("finds a title running into its sentence that no mark or other report names, after two spaces", () => {
    const page = [
      "Poverty Alleviation and Development in Somewhere Province",
      "【Overview】In 2012, the province lifted 500,000 people out of poverty.",
      "Moving people out of the hills  On a voluntary basis, 3,000 households were moved.",
      "【Rain Plan】In 2012, 80,000 people were trained.",
    ].join("\n");
    const { sections } = splitReport(page, { knownTitles: [] });
    expect(sections.map((s) => s.title)).toEqual(["Overview", "Moving people out of the hills", "Rain Plan"]);
    expect(sections[1]!.text).toBe("On a voluntary basis, 3,000 households were moved.");
  });
});
