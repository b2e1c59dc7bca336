// "Respectively" pairs as a translator writes them: a clause opening on a partitive whole ("Of the N
// X," / "of this number,") whose bare counts count X (src/knowledge/clause-whole.ts), the names
// after the list's verb as its objects or its complement (label-respective-objects.ts), "the A of
// X and that of Y" as the subject (label-that-of.ts), and the rates after "up" paired with the list
// before them (label-respective.ts).
import { describe, expect, it } from "vitest";
import { labelsAndUnitsOf, labelsOf as read } from "../support/one-sentence.js";

describe("automatic labels: a clause opening on a partitive whole", () => {
  it("keeps the whole out of the list and counts its noun in each part, after the verb's preposition", () => {
    const l = labelsAndUnitsOf(
      "Of the 520 cooperatives, 310 and 210 were located in upper Anhe and lower Anhe respectively.",
    );
    expect(l.get("520 cooperatives")?.label).toBe("Cooperatives");
    expect(l.get("310")).toEqual({ label: "Cooperatives located in upper Anhe", unit: "cooperatives" });
    expect(l.get("210")).toEqual({ label: "Cooperatives located in lower Anhe", unit: "cooperatives" });
  });

  it("reads 'of this number' as the last count written with its noun, past a plan in brackets", () => {
    const l = labelsAndUnitsOf(
      "In 2015, the county trained 9,000 young farmers, 105 per cent of the plan (8,600 people); of this number, 5,200 and 3,800 took welding courses and cooking courses respectively.",
    );
    expect(l.get("5,200")).toEqual({ label: "Young farmers that took welding courses", unit: "farmers" });
    expect(l.get("3,800")).toEqual({ label: "Young farmers that took cooking courses", unit: "farmers" });
  });

  it("shares the noun of a complement list among kinds written before it", () => {
    const l = read("Of the 90 firms, 30 and 60 were state-level and city-level model firms respectively.");
    expect(l.get("30")).toBe("State-level model firms");
    expect(l.get("60")).toBe("City-level model firms");
  });

  it("names a lone part by the whole after a semicolon", () => {
    const l = labelsAndUnitsOf(
      "The county drilled wells in 2015; of the 640 wells planned for the year, 600 had been dug by the end of the year.",
    );
    expect(l.get("600")).toEqual({ label: "Wells dug by the end of the year", unit: "wells" });
  });
});

describe("automatic labels: 'the A of X and that of Y were N and M respectively'", () => {
  it("names each measure in full and pairs the rates after 'up' with them", () => {
    const l = read(
      "The average wage of workers of the whole county and that of the three mountain townships were 3,100 yuan and 2,700 yuan respectively, up 8.1 per cent and 9.4 per cent year-on-year.",
    );
    expect(l.get("3,100 yuan")).toBe("Average wage of workers of the whole county");
    expect(l.get("2,700 yuan")).toBe("Average wage of the three mountain townships");
    expect(l.get("8.1 per cent")).toBe(
      "Growth of average wage of workers of the whole county year-on-year (percent)",
    );
    expect(l.get("9.4 per cent")).toBe(
      "Growth of average wage of the three mountain townships year-on-year (percent)",
    );
  });
});
