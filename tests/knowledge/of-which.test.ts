// A whole fronted before its part ("Of the trainees, N found jobs") opens the part as "of which"
// does (of-which.ts): the tagger's reading of the part's verb, and the label the part gets.
import { describe, expect, it } from "vitest";
import { closesFrontedWhole } from "../../src/knowledge/of-which.js";
import { tagSentence } from "../../src/knowledge/nlp.js";
import { labelsOf } from "../support/one-sentence.js";

/** Whether the sentence's first comma closes a fronted whole. */
const firstCommaCloses = (sentence: string) => {
  const tokens = tagSentence(sentence);
  return closesFrontedWhole(
    tokens,
    tokens.findIndex((t) => t.text === ","),
  );
};

describe("closesFrontedWhole", () => {
  it("is the comma after a sentence-initial 'Of the X'", () => {
    expect(firstCommaCloses("Of the vocational skills trainees, 6,400 found jobs.")).toBe(true);
  });

  it("is not a comma after a sentence opening some other way", () => {
    expect(firstCommaCloses("In the pilot counties, 6,400 found jobs.")).toBe(false);
  });
});

describe("a part after a fronted whole", () => {
  it("has the verb after its number read as a verb, not a noun it counts", () => {
    const tokens = tagSentence("Of the trainees, 6,400 found jobs in the cities.");
    expect(tokens.find((t) => t.text === "found")?.pos).toBe("VERB");
  });

  it("counts what the whole counts, with its verb", () => {
    const l = labelsOf("Of the trainees, 6,400 found jobs in the cities.");
    expect(l.get("6,400")).toMatch(/^Trainees found jobs/);
  });
});
