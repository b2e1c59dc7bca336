// A question that asks the number a thing is designated by ("No. 17 Document"), answered from the
// sentence that names it (designation.ts, via engine.ts passageAnswer).
import { describe, expect, it } from "vitest";
import { asksDesignation, designationIn } from "../../src/answering/designation.js";
import { stem } from "../../src/text/words.js";

const stems = (...words: string[]) => new Set(words.map(stem));

describe("asksDesignation", () => {
  it("reads 'what number did X give', 'which No.' and 'the document number' as a designation", () => {
    expect(asksDesignation("what number did the county give its relocation notice?")).toBe(true);
    expect(asksDesignation("what is the document number of the county's relocation notice?")).toBe(true);
  });

  it("reads 'what number of' as a count", () => {
    expect(asksDesignation("what number of households moved?")).toBe(false);
    expect(asksDesignation("how many households moved?")).toBe(false);
  });
});

describe("designationIn", () => {
  const sentence =
    "The county studied the State Council's No. 4 Document and issued the relocation notice (No. 17 Document of the county government) in May.";

  it("takes the designation the question's words stand around", () => {
    expect(designationIn(sentence, stems("county", "government", "relocation", "notice"))).toBe(17);
  });

  it("gives none when no designation is written, or two stand among the words alike", () => {
    expect(designationIn("The county moved 300 households.", stems("county"))).toBeUndefined();
    expect(designationIn("It issued No. 3 and No. 4 notices.", stems("notice"))).toBeUndefined();
  });
});
