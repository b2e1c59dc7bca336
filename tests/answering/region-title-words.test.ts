// A region's title word ("Hubei Province") names the region, not a topic (regions.ts regionTitleWords).
import { describe, expect, it } from "vitest";
import { regionTitleWords } from "../../src/answering/regions.js";

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
