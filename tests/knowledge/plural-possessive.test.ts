// A plural possessive ("farmers' cooperatives") read as the possessive it is (plural-possessive.ts),
// so the owner stays in the label read back from a figure; owners joined by "and" share the noun.
import { describe, expect, it } from "vitest";
import { tagSentence } from "../../src/knowledge/nlp.js";
import { labelsOf } from "../support/one-sentence.js";

describe("plural possessives", () => {
  it("tags the apostrophe after a plural noun as the possessive particle", () => {
    const tokens = tagSentence("The number of growers' associations reached 310.");
    const apostrophe = tokens.find((t) => t.text === "'");
    expect(apostrophe?.pos).toBe("PART");
  });

  it("keeps a quotation mark that opens a word as punctuation", () => {
    const tokens = tagSentence("The so-called 'green' villages numbered 40.");
    expect(tokens.filter((t) => t.text === "'").every((t) => t.pos === "PUNCT")).toBe(true);
  });

  it("keeps both owners of one noun in the subject a count completes", () => {
    const labels = labelsOf("The number of growers' and fishermen's associations in the county reached 310.");
    expect(labels.get("310")).toBe("Number of growers' and fishermen's associations in the county");
  });
});
