// Sentences that open with their figure (split.ts): a translator's style that starts sentences with
// a number ("21,380 households moved into new houses") must not run them into the sentence before.
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/knowledge/split.js";

describe("splitSentences: a sentence opening with a figure", () => {
  it("starts a new sentence at a digit after a full stop", () => {
    expect(splitSentences("The villages built clinics. 312,000 poor people benefited.")).toEqual([
      "The villages built clinics.",
      "312,000 poor people benefited.",
    ]);
  });
  it("keeps a number after an abbreviation in its sentence", () => {
    expect(splitSentences("The province issued Document No. 8 in March.")).toEqual([
      "The province issued Document No. 8 in March.",
    ]);
  });
});

describe("splitSentences: an ordinal item title before a figure", () => {
  it("keeps 'Second, X was strengthened.' with the sentence of figures after it", () => {
    expect(
      splitSentences("Second, paired assistance was strengthened. 38 central units provided 6 million yuan."),
    ).toEqual(["Second, paired assistance was strengthened. 38 central units provided 6 million yuan."]);
  });

  it("keeps it with the next sentence when that opens on its subject, not a figure", () => {
    expect(
      splitSentences(
        "Third, paired aid was deepened. The four paired cities provided 90 million yuan. Rural roads were built.",
      ),
    ).toEqual([
      "Third, paired aid was deepened. The four paired cities provided 90 million yuan.",
      "Rural roads were built.",
    ]);
  });

  it("does not join an ordinal sentence that holds a comma after its opening", () => {
    expect(splitSentences("First, roads, bridges and wells were built. The work went on.")).toEqual([
      "First, roads, bridges and wells were built.",
      "The work went on.",
    ]);
  });
});
