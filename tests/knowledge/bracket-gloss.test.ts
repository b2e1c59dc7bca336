// A bracketed gloss of a noun ("the key districts (towns)") is no clause break: bracket-gloss.ts.
import { describe, expect, it } from "vitest";
import { withoutGlosses } from "../../src/knowledge/bracket-gloss.js";
import { tagSentence } from "../../src/knowledge/nlp.js";
import { labelsOf } from "../support/one-sentence.js";

describe("a bracketed gloss of a noun", () => {
  it("is read past, so the subject runs on through it", () => {
    const l = labelsOf(
      "The average wage of workers in the pilot districts (towns) for rural renewal reached 3,400 yuan, up 9.1%.",
    );
    expect(l.get("3,400 yuan")).toBe("Average wage of workers in the pilot districts for rural renewal");
  });

  it("drops only one or two lower-case nouns after a noun, keeping offsets", () => {
    const texts = (s: string) => withoutGlosses(tagSentence(s)).map((t) => t.text);
    expect(texts("the poor districts (towns) grew")).toEqual(["the", "poor", "districts", "grew"]);
    const kept = withoutGlosses(tagSentence("the fund (IFAD) and the plan (200 people) grew"));
    expect(kept.map((t) => t.text)).toContain("IFAD");
    expect(kept.map((t) => t.text)).toContain("200");
    const grew = withoutGlosses(tagSentence("the poor districts (towns) grew")).at(-1)!;
    expect(grew.start).toBe("the poor districts (towns) ".length);
  });
});
