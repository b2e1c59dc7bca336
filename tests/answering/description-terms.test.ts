// The report's own region named in a label is scope; another region it names (a giver, a partner) is
// content a question naming that region matches (rank.ts descriptionTerms, which precision weighs).
import { describe, expect, it } from "vitest";
import { descriptionTerms } from "../../src/answering/rank.js";

describe("descriptionTerms", () => {
  it("leaves out the report's own region, its title word with it", () => {
    expect(descriptionTerms("Rural poor of Hubei", "Hubei")).toEqual(["rural", "poor"]);
    expect(descriptionTerms("Wells dug by Gansu Province", "Gansu")).toEqual(["well", "dug"]);
    expect(descriptionTerms("Roads built in Xizang Autonomous Region", "Tibet")).toEqual(["road", "built"]);
  });

  it("keeps another region's name, its title word counted as that name", () => {
    expect(descriptionTerms("Funds of Fujian Province", "Ningxia")).toEqual(["fund", "fujian", "fujian"]);
    expect(descriptionTerms("Aid from Tianjin Municipality", "Gansu")).toEqual(["aid", "tianjin", "tianjin"]);
    expect(descriptionTerms("Teachers sent by Inner Mongolia", "Hebei")).toEqual([
      "teacher",
      "sent",
      "inner",
      "mongolia",
    ]);
  });

  it("keeps a title word that follows no region's name", () => {
    expect(descriptionTerms("Funds of the municipality for the region", "Hubei")).toEqual([
      "fund",
      "municip",
      "region",
    ]);
  });
});
