// A label's region name, with the title word written after it, is scope, not words a question must
// repeat (rank.ts descriptionTerms, which precision weighs a label by).
import { describe, expect, it } from "vitest";
import { descriptionTerms } from "../../src/answering/rank.js";

describe("descriptionTerms", () => {
  it("leaves out a region's name and its title word", () => {
    expect(descriptionTerms("Wells dug by Gansu Province")).toEqual(["well", "dug"]);
    expect(descriptionTerms("Funds of Tibet Autonomous Region")).toEqual(["fund"]);
    expect(descriptionTerms("Decrease of poor population by Tianjin Municipality")).toEqual([
      "decreas",
      "poor",
      "popul",
    ]);
  });

  it("keeps a title word that follows no region's name", () => {
    expect(descriptionTerms("Funds of the municipality for the region")).toEqual([
      "fund",
      "municip",
      "region",
    ]);
  });
});
