import { describe, expect, it } from "vitest";
import { tagSentence } from "../../src/knowledge/nlp.js";
import { withoutPassiveAdverbs } from "../../src/knowledge/passive-adverb.js";
import { labelsOf } from "../support/one-sentence.js";

const words = (s: string) => withoutPassiveAdverbs(tagSentence(s)).map((t) => t.text);

describe("withoutPassiveAdverbs", () => {
  it("reads past an -ly adverb between 'be' and a participle", () => {
    expect(words("412 schools were successfully rebuilt.")).toEqual([
      "412",
      "schools",
      "were",
      "rebuilt",
      ".",
    ]);
  });

  it("keeps a negation, and an adverb anywhere else", () => {
    expect(words("412 schools were not rebuilt.")).toContain("not");
    expect(words("412 schools were rebuilt quickly.")).toContain("quickly");
  });

  it("labels the figure by the passive clause as if the adverb were not there", () => {
    expect(labelsOf("In 2012, 318 villages were newly connected by asphalt roads.").get("318 villages")).toBe(
      "Villages connected by asphalt roads",
    );
  });
});
