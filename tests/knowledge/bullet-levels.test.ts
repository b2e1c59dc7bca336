// A glyph whose titles stand together inside one section heads that section's parts: their
// figures stay the section's, and each part's title is a sentence of its own.
import { describe, expect, it } from "vitest";
import { splitReport } from "../../src/knowledge/split.js";

const PAGE = [
  "Poverty Alleviation and Development in Somewhere Province",
  "■ Overview",
  "In 2014, the province lifted 300,000 people out of poverty.",
  "■ Industry",
  "The province spent 80 million yuan on industry.",
  "◆ Tea gardens",
  "The counties planted 12,000 mu of tea.",
  "◆ Fruit",
  "Orchards covered 9,000 mu.",
  "● Education",
  "The province trained 5,000 teachers.",
  "■ Health",
  "Clinics were built in 40 villages.",
  "● Roads",
  "The province built 600 km of roads.",
].join("\n");

describe("bulleted parts of a section", () => {
  it("fold into the section before them", () => {
    const { sections } = splitReport(PAGE, { knownTitles: [] });
    expect(sections.map((s) => s.title)).toEqual(["Overview", "Industry", "Education", "Health", "Roads"]);
    expect(sections[1]!.sentences).toEqual([
      "The province spent 80 million yuan on industry.",
      "Tea gardens",
      "The counties planted 12,000 mu of tea.",
      "Fruit",
      "Orchards covered 9,000 mu.",
    ]);
    expect(sections[1]!.text).not.toContain("◆");
  });

  it("a glyph used across the page is one of its levels", () => {
    // ● heads sections in two places: no part of any section.
    const { sections } = splitReport(PAGE.replace("◆ Fruit", "● Fruit"), { knownTitles: [] });
    expect(sections.map((s) => s.title)).toContain("Fruit");
  });

  it("a run at the page's end, or a lone title of a glyph, stays a section", () => {
    const end = [
      "Poverty Alleviation and Development in Somewhere Province",
      "■ Overview",
      "In 2014, 300,000 people left poverty.",
      "■ Industry",
      "The province spent 80 million yuan.",
      "◆ Tea gardens",
      "The counties planted 12,000 mu of tea.",
      "◆ Fruit",
      "Orchards covered 9,000 mu.",
    ].join("\n");
    expect(splitReport(end, { knownTitles: [] }).sections.map((s) => s.title)).toEqual([
      "Overview",
      "Industry",
      "Tea gardens",
      "Fruit",
    ]);
    const lone = PAGE.replace("◆ Fruit\nOrchards covered 9,000 mu.\n", "");
    expect(splitReport(lone, { knownTitles: [] }).sections.map((s) => s.title)).toContain("Tea gardens");
  });
});
