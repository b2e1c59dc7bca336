// Noun phrases in labels (src/knowledge/label-phrases.ts beforeApposition).
import { describe, expect, it } from "vitest";
import { beforeApposition } from "../../src/knowledge/label-phrases.js";
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

describe("phraseAfter: a relative pronoun ends the phrase", () => {
  it("leaves out 'who took part …' whole rather than end the label on 'who'", () => {
    const l = labelsOf(
      "With the work-relief funds, the county paid 3.1 million yuan of labour remuneration to the villagers who took part in the construction.",
    );
    expect(l.get("3.1 million yuan")).toBe("Labour remuneration paid by the county to the villagers");
  });
});
