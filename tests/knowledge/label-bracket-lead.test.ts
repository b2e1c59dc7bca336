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

describe("a figure in brackets after a common noun phrase", () => {
  it("keeps a change written after it as one more word about the figure", () => {
    const a = at("the income of herders (8,200 yuan, an increase of 6.5%) rose.", "yuan");
    expect(closesOrGlosses(a.tokens, a.after)).toBe(true);
    const b = at("the income of herders (8,200 yuan, up 6.5%) rose.", "yuan");
    expect(closesOrGlosses(b.tokens, b.after)).toBe(true);
    // A share is another figure, not a change: the bracket is a list.
    const c = at("the loans (8,200 yuan, 6.5% of the total) rose.", "yuan");
    expect(closesOrGlosses(c.tokens, c.after)).toBe(false);
  });

  it("names an amount by the whole chain of 'of' phrases, up to a change of it", () => {
    const labels = labelsOf(
      "It beat the rise of the per capita income of all herders of the prefecture (8,200 yuan, an increase of 6.5%).",
    );
    expect(labels.get("8,200 yuan")).toBe("Per capita income of all herders of the prefecture");
    expect(labels.get("6.5%")).toBe("Growth of per capita income of all herders of the prefecture (percent)");
  });

  it("names a count by the things it counts, never the act done to them", () => {
    expect(labelsOf("The town finished the repair of old bridges of remote hamlets (770).").get("770")).toBe(
      "Old bridges of remote hamlets",
    );
  });

  it("reads an -ing word between nouns as a modifier of the phrase", () => {
    expect(labelsOf("The county recognized forestry leading enterprises (640).").get("640")).toBe(
      "Forestry leading enterprises recognized",
    );
    expect(labelsOf("In May, participating cooperatives (640) were paired with towns.").get("640")).toBe(
      "Participating cooperatives",
    );
    // After a clause break and with no verb after the bracket, it is a verb with its object.
    expect(
      labelsOf("Loans of 8 million yuan went out, benefiting herding families (640).").get("640"),
    ).not.toMatch(/^Benefiting/);
  });

  it("adds the preposition after the bracket to the verb that acted on the phrase", () => {
    expect(labelsOf("The county linked remote hamlets (950) to the power grid.").get("950")).toBe(
      "Remote hamlets linked to the power grid",
    );
    // Not a comma, nor "to" before a verb.
    expect(labelsOf("The county helped herding families (950) to build sheds.").get("950")).toBe(
      "Herding families helped",
    );
  });
});

function at(sentence: string, word: string) {
  const tokens = tagSentence(sentence);
  return { tokens, after: tokens.findIndex((t) => t.text === word) + 1 };
}
