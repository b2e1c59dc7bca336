// A figure in brackets after a name is that name's, whether or not the bracket goes on to say more
// about it; a bracket holding a second figure is a list, read by other rules.
import { describe, expect, it } from "vitest";
import { closesOrGlosses } from "../../src/knowledge/label-bracket-lead.js";
import { tagSentence } from "../../src/knowledge/nlp.js";
import { labelsOf } from "../support/one-sentence.js";

describe("a figure in brackets after a proper name", () => {
  it("is the name's amount, alone in the brackets or followed by words about it", () => {
    const labels = labelsOf(
      "The main donors were Hubei Province (2.35 billion yuan, for Lhasa City) and Tianjin Municipality (860 million yuan).",
    );
    expect(labels.get("2.35 billion yuan")).toBe("Funds of Hubei Province");
    expect(labels.get("860 million yuan")).toBe("Funds of Tianjin Municipality");
  });

  it("leaves a common noun phrase before the bracket as what the figure is", () => {
    expect(labelsOf("It raised social funds (RMB 2.7 billion) in 2013.").get("RMB 2.7 billion")).toBe(
      "Social funds raised",
    );
  });
});

describe("closesOrGlosses", () => {
  const at = (sentence: string, word: string) => {
    const tokens = tagSentence(sentence);
    return { tokens, after: tokens.findIndex((t) => t.text === word) + 1 };
  };
  it("accepts a closing bracket or a comma and words, and refuses a second figure", () => {
    const a = at("Hubei Province (2.35 billion yuan, for Lhasa City) gave most.", "yuan");
    expect(closesOrGlosses(a.tokens, a.after)).toBe(true);
    const b = at("the plan (1,200 households, 5,100 people) was met.", "households");
    expect(closesOrGlosses(b.tokens, b.after)).toBe(false);
  });
});
