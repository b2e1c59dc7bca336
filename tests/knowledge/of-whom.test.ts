// "of whom N …" opens the parts of a count of people as "of which" does of any figure (of-which.ts),
// and a past-tense verb after the part's number is its verb, not a noun it counts (nlp.ts).
import { describe, expect, it } from "vitest";
import { extractEntries } from "../../src/knowledge/extract.js";
import { tagSentence } from "../../src/knowledge/nlp.js";
import { TEST_REPORT_META } from "../support/knowledge.js";

const read = (sentence: string) =>
  new Map(
    extractEntries(TEST_REPORT_META, [{ title: "S", text: sentence, sentences: [sentence] }], []).map((e) => [
      e.written,
      { label: e.label, unit: e.unit },
    ]),
  );

describe("a part after 'of whom'", () => {
  it("counts what its whole counts, with the verb said of it", () => {
    const l = read(
      "The province trained 128,600 rural poor laborers, 107.2% of the plan, of whom 109,300 found jobs in non-agricultural sectors.",
    );
    expect(l.get("109,300")?.unit).toBe("laborers");
    expect(l.get("109,300")?.label).toMatch(/^Rural poor laborers found jobs/);
  });
});

describe("tagSentence: the verb after a part's number", () => {
  it("is a verb, where the model alone reads it as a noun", () => {
    const tokens = tagSentence("of whom 109,300 found jobs in cities");
    expect(tokens.find((t) => t.text === "found")?.pos).toBe("VERB");
  });

  it("a noun there stays a noun", () => {
    const tokens = tagSentence("of which 300 households moved into new homes");
    expect(tokens.find((t) => t.text === "households")?.pos).toBe("NOUN");
  });
});
