import { describe, expect, it } from "vitest";
import { referentKey, referentsOf } from "../../src/answering/referents.js";

describe("referentsOf", () => {
  const first = "The sixth World Bank poverty reduction project in the province covered 11 counties.";
  const second =
    "By November, the project had completed 213.6 million Yuan in 180 of the 204 project villages.";

  it("gives a sentence that names a noun again the words the sentence before put before it", () => {
    const r = referentsOf([{ report: "r", title: "T", sentences: [first, second] }]);
    expect(r.get(referentKey("r", "T", second))).toBe("sixth World Bank poverty reduction");
  });

  it("gives nothing to a sentence whose noun the sentence before does not name", () => {
    const r = referentsOf([
      { report: "r", title: "T", sentences: ["The province built 42 bridges.", second] },
    ]);
    expect(r.get(referentKey("r", "T", second))).toBeUndefined();
  });

  it("gives a definite phrase the sentence before wrote the prepositional phrases it had there", () => {
    const intro = "The office mobilised society to donate care packages for the students of poor regions.";
    const figure = "The total value of the care packages donated in 2011 reached 3.9 million Yuan.";
    const r = referentsOf([{ report: "r", title: "T", sentences: [intro, figure] }]);
    expect(r.get(referentKey("r", "T", figure))).toBe("for the students of poor regions");
  });

  it("stops the prepositional phrases at a verb or a number", () => {
    const intro = "Villages built water cellars in 12 counties, which were finished early.";
    const figure = "The water cellars stored 3,000 cubic metres.";
    const r = referentsOf([{ report: "r", title: "T", sentences: [intro, figure] }]);
    expect(r.get(referentKey("r", "T", figure))).toBeUndefined();
  });

  it("gives a definite phrase the owner an earlier sentence of the section named with its noun", () => {
    const named = "The province passed both programme reviews of the Asian Development Bank.";
    const between = "The review team praised the work.";
    const figure = "Building started in 95 of the 120 programme towns.";
    const r = referentsOf([{ report: "r", title: "T", sentences: [named, between, figure] }]);
    expect(r.get(referentKey("r", "T", figure))).toBe("Asian Development Bank");
    const before = "The Green Hills irrigation programme began in May.";
    const r2 = referentsOf([{ report: "r", title: "T", sentences: [before, between, figure] }]);
    expect(r2.get(referentKey("r", "T", figure))).toBe("Green Hills");
  });

  it("gives no owner when no earlier sentence names one with the noun", () => {
    const figure = "Building started in 95 of the 120 programme towns.";
    const r = referentsOf([
      { report: "r", title: "T", sentences: ["The Asian Development Bank sent a team.", figure] },
    ]);
    expect(r.get(referentKey("r", "T", figure))).toBeUndefined();
  });

  it("gives 'we' the body an earlier sentence of the section named", () => {
    const named = "The website of Hubei Rural Affairs Bureau posted 120 notices.";
    const figure = "Meanwhile, we issued 14 bulletins.";
    const r = referentsOf([{ report: "r", title: "T", sentences: [named, figure] }]);
    expect(r.get(referentKey("r", "T", figure))).toBe("Hubei Rural Affairs Bureau");
    const alone = referentsOf([{ report: "r", title: "T", sentences: ["It rained.", figure] }]);
    expect(alone.get(referentKey("r", "T", figure))).toBeUndefined();
  });

  it("gives the owner the nearest earlier sentence named, however far back, and only for the noun as a word", () => {
    const figure = (n: number) => `Building started in ${n} of the 120 programme towns.`;
    const filler = (n: number) => `The review team visited ${n} villages.`;
    const sentences = [
      "The Green Hills irrigation programme began in May.",
      ...Array.from({ length: 30 }, (_, n) => filler(n)),
      figure(1),
      "The Asian Development Bank water programme followed in June.",
      filler(99),
      figure(2),
      "The Blue River subprogrammes and programmes began.",
      figure(3),
    ];
    const r = referentsOf([{ report: "r", title: "T", sentences }]);
    expect(r.get(referentKey("r", "T", figure(1)))).toBe("Green Hills");
    expect(r.get(referentKey("r", "T", figure(2)))).toBe("Asian Development Bank");
    expect(r.get(referentKey("r", "T", figure(3)))).toBe("Asian Development Bank");
  });

  it("gives each 'we' the names of the nearest earlier sentence that has any", () => {
    const we = (n: number) => `Meanwhile, we issued ${n} bulletins.`;
    const sentences = [
      "The website of Hubei Rural Affairs Bureau posted 120 notices.",
      we(1),
      "It rained.",
      we(2),
      "Teachers of the Wuhan Training Centre taught 30 classes.",
      "It rained again.",
      we(3),
    ];
    const r = referentsOf([{ report: "r", title: "T", sentences }]);
    expect(r.get(referentKey("r", "T", we(1)))).toBe("Hubei Rural Affairs Bureau");
    expect(r.get(referentKey("r", "T", we(2)))).toBe("Hubei Rural Affairs Bureau");
    expect(r.get(referentKey("r", "T", we(3)))).toBe("Wuhan Training Centre");
  });
});
