// A region's title word ("Hubei Province") names the region, not a topic (regions.ts regionTitleWords).
import { describe, expect, it } from "vitest";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { regionTitleWords } from "../../src/answering/regions.js";
import { understand } from "../../src/answering/understand.js";

describe("regionTitleWords", () => {
  it("finds the title word right after a region's name", () => {
    expect(regionTitleWords("how much was invested in hubei province?", ["Hubei"])).toEqual(["province"]);
    expect(regionTitleWords("Hubei's Province office", ["Hubei"])).toEqual(["province"]);
  });

  it("not a title word apart from the name", () => {
    expect(regionTitleWords("hubei and the province", ["Hubei"])).toEqual([]);
    expect(regionTitleWords("the province's funds", [])).toEqual([]);
  });
});

describe("understand: a region's title word is no search term", () => {
  it("drops 'Province' after the region's name in an English question", () => {
    const q = understand("How much money was invested in relocation in Hubei Province?", fromTerms({}));
    expect(q.terms.map((t) => t.surface)).not.toContain("province");
    expect(q.terms.map((t) => t.surface)).toContain("relocation");
  });
});
