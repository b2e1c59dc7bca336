// A numbered item's title ("2. Coastal partnership.") is read with the item's sentence: the figures
// after it carry it in their labels, its words are no part of their grammar, and it is no sentence
// of its own.
import { describe, expect, it } from "vitest";
import { extractEntries } from "../../src/knowledge/extract.js";
import { splitSentences } from "../../src/knowledge/split.js";
import { TEST_REPORT_META } from "../support/knowledge.js";

const TEXT =
  "In 2012, the province built the pattern of social assistance. 1. Paired villages. 32 city units were paired with 64 poor villages. 2. Coastal partnership. Fujian Province provided 120 million Yuan of aid funds. (3) Charity events. On May 4, a charity event raised 9 million Yuan.";

describe("numbered items with a title", () => {
  it("joins the title to the sentence after it", () => {
    expect(splitSentences(TEXT)).toEqual([
      // A marker followed by a capital ends the sentence before it; one before a digit does not.
      "In 2012, the province built the pattern of social assistance. 1.",
      "Paired villages. 32 city units were paired with 64 poor villages. 2.",
      "Coastal partnership. Fujian Province provided 120 million Yuan of aid funds.",
      "(3) Charity events. On May 4, a charity event raised 9 million Yuan.",
    ]);
  });

  it("leaves a short sentence that follows no list marker alone", () => {
    expect(splitSentences("The project was completed. Work began in March.")).toEqual([
      "The project was completed.",
      "Work began in March.",
    ]);
  });

  it("labels the item's figures under its title, read from the sentence without it", () => {
    const sentences = splitSentences(TEXT);
    const entries = extractEntries(TEST_REPORT_META, [{ title: "S", text: TEXT, sentences }], []);
    const label = (written: string) => entries.find((e) => e.written === written)?.label;
    expect(label("120 million Yuan")).toBe("Coastal partnership: aid funds provided by Fujian Province");
    expect(label("9 million Yuan")).toMatch(/^Charity events: funds raised by (?:a )?charity event/i);
    expect(label("32 city units")).toMatch(/^Paired villages: city units/);
    // The clause of the item's first figure does not reach back into its title.
    expect(entries.find((e) => e.written === "May 4")?.context).toBe("On May 4");
  });
});
