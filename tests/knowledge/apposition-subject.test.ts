// "A total of N yuan, or P% of all special funds, went to the 26 counties": the amount's verb
// follows the apposition that restates it as a share (label-figure-subject.ts), and where the
// money went is read past the place's count.
import { describe, expect, it } from "vitest";
import { labelsOf as read } from "../support/one-sentence.js";

describe("a figure restated as a share before its verb", () => {
  it("labels the amount by the verb after the apposition, and the share as its share", () => {
    const l = read(
      "A total of 1.642 billion yuan, or 75.1 percent of all special funds, went to the 26 underdeveloped counties.",
    );
    expect(l.get("1.642 billion yuan")).toBe("Funds that went to underdeveloped counties (total)");
    expect(l.get("75.1 percent")).toBe(
      "Funds that went to underdeveloped counties as a share of all special funds (percent)",
    );
  });

  it("reads a passive verb after the apposition too", () => {
    const l = read(
      "In 2012, a total of 23.5 million yuan, or 12% of the provincial funds, was invested in 26 villages.",
    );
    expect(l.get("23.5 million yuan")).toBe("Funds invested in villages (total)");
  });
});
