// A figure that is the subject of its own clause (src/knowledge/label-figure-subject.ts).
import { describe, expect, it } from "vitest";
import { labelsOf } from "../support/one-sentence.js";

describe("figureAsSubject: a perfect passive and a part that went to a place", () => {
  it("reads 'N had been disbursed' as 'N was disbursed'", () => {
    const l = labelsOf(
      "As of the end of November, 43.6 million yuan had been disbursed, 30.8% of the total investment.",
    );
    expect(l.get("43.6 million yuan")).toBe("Funds disbursed");
  });

  it("names where a part of an 'of which' whole went, past the place's count", () => {
    const l = labelsOf(
      "Banks issued 2.1 billion yuan of loans, of which 1.3 billion yuan went to 140 leading enterprises and 800 million yuan to poor households.",
    );
    expect(l.get("1.3 billion yuan")).toBe("Loans that went to leading enterprises");
  });
});
