// Noun phrases in labels (src/knowledge/label-phrases.ts beforeApposition).
import { describe, expect, it } from "vitest";
import { beforeApposition, chunkRight, phraseAfter } from "../../src/knowledge/label-phrases.js";
import { tagSentence } from "../../src/knowledge/nlp.js";
import { labelsOf } from "../support/one-sentence.js";

describe("beforeApposition: ', including A, B and C,' between a subject and its verb", () => {
  it("ends the subject at the comma before 'including' (which the tagger lemmatises to 'include')", () => {
    const tokens = tagSentence(
      "Nine central organs, including the Alpha Bank and the Ministry of Water Resources, invested 15 million yuan.",
    );
    const verb = tokens.findIndex((t) => t.text === "invested");
    const end = beforeApposition(tokens, verb);
    expect(tokens[end - 1]?.text).toBe("organs");
  });
});

describe("a number word after 'the' inside a phrase", () => {
  it("stays in the phrase: it points back at things counted, it is no figure", () => {
    const l = labelsOf("The county spent 12 million yuan on roads in the four townships of the south.");
    expect(l.get("12 million yuan")).toMatch(/in the four townships of the south$/);
  });
});

describe("chunkRight: 'such as' examples after a noun", () => {
  it("keeps the examples with the noun, not 'such' alone as its last word", () => {
    const tokens = tagSentence("Farmers planted 900 mu of cash crops such as tea and coffee in the hills.");
    const from = tokens.findIndex((t) => t.text === "cash");
    expect(chunkRight(tokens, from).text).toBe("cash crops such as tea and coffee");
  });
  it("labels the figure with the whole phrase", () => {
    const l = labelsOf(
      "The villagers planted 400 mu of fruit trees such as pear and plum and 300 mu of tea.",
    );
    expect(l.get("400 mu")).toMatch(/^Fruit trees such as pear and plum/);
  });
});

describe("phraseAfter: 'of those trained for labour transfer'", () => {
  it("keeps a participle after 'those' and a base-form verb closing a preposition's noun", () => {
    const tokens = tagSentence("Some 900 herders got jobs, 60% of those trained for labour transfer.");
    const from = tokens.findIndex((t) => t.text === "%") + 1;
    expect(phraseAfter(tokens, from)).toBe("of those trained for labour transfer");
  });
  it("still ends at a verb with an object after a noun", () => {
    const tokens = tagSentence("Some 900 herders got jobs, 60% of the herders built houses.");
    const from = tokens.findIndex((t) => t.text === "%") + 1;
    expect(phraseAfter(tokens, from)).toBe("of the herders");
  });
});

describe("phraseAfter: a relative pronoun ends the phrase", () => {
  it("leaves out 'who took part …' whole rather than end the label on 'who'", () => {
    const l = labelsOf(
      "With the work-relief funds, the county paid 3.1 million yuan of labour remuneration to the villagers who took part in the construction.",
    );
    expect(l.get("3.1 million yuan")).toBe("Labour remuneration paid by the county to the villagers");
  });
});
