// A marked section may open with a sub-heading on a line of its own: the section keeps its mark's
// title, and the sub-heading is a sentence of its own rather than the start of the first one.
import { describe, expect, it } from "vitest";
import { splitReport, splitSections } from "../../src/knowledge/split.js";

const PAGE = [
  "Poverty Alleviation and Development in Somewhere Province",
  "【Overview】In 2012, the province lifted 500,000 people out of poverty.",
  "【Pairing assistance】",
  "   East-west cooperation and aid to Tibet",
  "   In 2012, the coastal counties signed 120 projects. They trained 900 cadres.",
  "【Relocation】",
  "",
  "Moving the masses living in high and cold mountains into towns near their fields and schools",
  "In 2012, 3,000 households were moved.",
  "【Rain Plan】",
  "In 2012, 80,000 people were trained.",
].join("\n");

describe("a 【mark】 followed by a sub-heading line", () => {
  it("keeps the mark's title, however much the line looks like a title", () => {
    const { sections } = splitReport(PAGE, { knownTitles: [] });
    expect(sections.map((s) => s.title)).toEqual([
      "Overview",
      "Pairing assistance",
      "Relocation",
      "Rain Plan",
    ]);
  });

  it("makes the sub-heading a sentence of its own", () => {
    const { sections } = splitReport(PAGE, { knownTitles: [] });
    expect(sections[1]!.sentences).toEqual([
      "East-west cooperation and aid to Tibet",
      "In 2012, the coastal counties signed 120 projects.",
      "They trained 900 cadres.",
    ]);
    expect(sections[2]!.sentences[0]).toBe(
      "Moving the masses living in high and cold mountains into towns near their fields and schools",
    );
    expect(sections[2]!.sentences[1]).toBe("In 2012, 3,000 households were moved.");
  });

  it("leaves a first sentence on the line after its mark alone", () => {
    const { sections } = splitSections(
      "【Rain Plan】\n  In 2012, 80,000 people were trained.\nMore text here.",
    );
    expect(sections[0]!.sentences).toEqual(["In 2012, 80,000 people were trained.", "More text here."]);
  });
});
