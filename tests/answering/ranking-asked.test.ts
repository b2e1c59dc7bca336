import { describe, expect, it } from "vitest";
import { asksRanking, ranksInSentence } from "../../src/answering/ranking-asked.js";

describe("asksRanking", () => {
  it("reads a superlative as asking for the first of a ranking", () => {
    expect(asksRanking("which county had the most mutual fund loans")).toBe(true);
    expect(asksRanking("which leading enterprise got the biggest chunk of the funds?")).toBe(true);
    expect(asksRanking("which counties took part in the pilot?")).toBe(false);
  });
});

describe("ranksInSentence", () => {
  it("accepts a sentence that states a ranking or gives each name its figure", () => {
    expect(ranksInSentence("Luanchuan County received the largest share, 12 million Yuan.")).toBe(true);
    expect(
      ranksInSentence("Song County and Hua County received 5 million and 3 million Yuan respectively."),
    ).toBe(true);
    expect(ranksInSentence("Luanchuan, Xin, Fan and Taiqian covered 12, 10, 9 and 9 villages.")).toBe(true);
  });

  it("refuses a sentence that only names them, or gives figures of other things", () => {
    expect(
      ranksInSentence("The pilot covered 40 villages in Luanchuan, Xin, Fan and Taiqian counties."),
    ).toBe(false);
    expect(
      ranksInSentence(
        "Of the 4.418 billion Yuan, 1.029 billion came from the central government and 181 million from the province.",
      ),
    ).toBe(false);
  });
});
