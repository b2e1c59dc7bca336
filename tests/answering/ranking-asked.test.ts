import { describe, expect, it } from "vitest";
import { answersRanking, asksRanking, ranksInSentence } from "../../src/answering/ranking-asked.js";

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

describe("answersRanking", () => {
  const ranking = "Aville received the largest share, 12 million Yuan, and Beetown 8 million Yuan.";
  it("accepts names listed from a sentence that ranks them", () => {
    expect(answersRanking({ type: "list", citations: [{ quote: ranking }] })).toBe(true);
  });

  it("refuses a quoted passage, which names nobody to put first, even beside a superlative", () => {
    const years = "The funds rose by 46.3 million Yuan and were the biggest over the years.";
    expect(answersRanking({ type: "passage", citations: [{ quote: years }] })).toBe(false);
    expect(answersRanking({ type: "passage", citations: [{ quote: ranking }] })).toBe(false);
  });

  it("refuses names from a sentence that gives no ranking", () => {
    const named = "The pilot covered 40 villages in Aville, Beetown and Ceeville.";
    expect(answersRanking({ type: "list", citations: [{ quote: named }] })).toBe(false);
  });
});
