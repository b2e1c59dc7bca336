// "They" after a semicolon stands for the sentence's topic, the subject of its first verb with a
// tense: an aside opened by a participle ("including …") names no topic, and a list of names in it
// may hold a number word ("China Three Gorges Corporation") without ending the aside.
import { describe, expect, it } from "vitest";
import { labelsOf } from "../support/one-sentence.js";

describe("a pronoun subject after an aside of names", () => {
  it("takes the subject before the aside", () => {
    const l = labelsOf(
      "Provincial departments, including the Department of Finance, helped the key counties; they invested 56 million yuan directly.",
    );
    expect(l.get("56 million yuan")).toBe("Funds invested by Provincial departments directly");
  });

  it("reads past a number word inside a name of the aside", () => {
    const l = labelsOf(
      "9 central enterprises, including State Grid, Shanghai Three Rivers Group and Bank of China, helped the counties; they invested 40 million yuan directly.",
    );
    expect(l.get("40 million yuan")).toBe("Funds invested by central enterprises directly");
  });
});
