// A count in brackets right after the noun phrase it counts ("built footbridges (42)") counts that
// phrase's head, as "42 footbridges" would; a phrase read from its middle gives no unit.
import { describe, expect, it } from "vitest";
import { countedNounBefore } from "../../src/knowledge/bracket-count.js";
import { tagSentence } from "../../src/knowledge/nlp.js";
import { labelsAndUnitsOf } from "../support/one-sentence.js";

/** What the bracketed number `n` of the sentence counts. */
function countedBefore(sentence: string, n: string): string | undefined {
  const tokens = tagSentence(sentence);
  return countedNounBefore(
    tokens,
    tokens.findIndex((t) => t.text === n),
  );
}

describe("a count in brackets after its noun phrase", () => {
  it("counts the head of the phrase after a verb, a determiner, a preposition or a clause break", () => {
    expect(countedBefore("The town built footbridges (42) last year.", "42")).toBe("footbridges");
    expect(countedBefore("In 2012, the resettled families (8,900) moved in.", "8,900")).toBe("families");
    expect(countedBefore("Loans went to herding households (1,250) in spring.", "1,250")).toBe("households");
    expect(countedBefore("It hired nurses (30) and village doctors (12).", "12")).toBe("doctors");
  });

  it("counts the head before one qualifier", () => {
    expect(countedBefore("The county opened clinics for rural residents (64).", "64")).toBe("clinics");
  });

  it("gives no unit for a phrase read from its middle, a singular head or a bracket of more", () => {
    // The phrase qualifies a noun further back: the children are counted, not the families.
    expect(countedBefore("It helped the children of the herding families (640).", "640")).toBeUndefined();
    expect(
      countedBefore("It paid pupils studying in junior and senior middle schools (640).", "640"),
    ).toBeUndefined();
    expect(countedBefore("It set up a cooperation mechanism (3) in May.", "3")).toBeUndefined();
    expect(countedBefore("It built footbridges (42 in total) in 2012.", "42")).toBeUndefined();
  });

  it("gives the figure that unit when nothing after it names one", () => {
    expect(labelsAndUnitsOf("In 2012, the county built footbridges (42).").get("42")?.unit).toBe(
      "footbridges",
    );
  });
});
