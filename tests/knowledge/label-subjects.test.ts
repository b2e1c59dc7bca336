// The subject of a verb as a label reads it (src/knowledge/label-subjects.ts subjectBefore).
import { describe, expect, it } from "vitest";
import { frontedWholeCount, subjectBefore } from "../../src/knowledge/label-subjects.js";
import { tagSentence } from "../../src/knowledge/nlp.js";
import { labelsAndUnitsOf } from "../support/one-sentence.js";

/** The subject subjectBefore reads for `verb`, the first token written so, of one tagged sentence. */
function subjectOf(sentence: string, verb: string, region: string): string | undefined {
  const tokens = tagSentence(sentence);
  return subjectBefore(
    tokens,
    tokens.findIndex((t) => t.text === verb),
    region,
  );
}

describe("subjectBefore: a noun and its participle with an adverb between", () => {
  it("reads 'the share actually allocated' whole", () => {
    expect(subjectOf("The share actually allocated was 76.3%.", "was", "Anhui")).toBe(
      "The share actually allocated",
    );
  });
});

describe("subjectBefore: a reduced passive relative after the head noun", () => {
  it("reads 'Households signed up with the enterprises' whole", () => {
    expect(
      subjectOf("Households signed up with the enterprises were 186,000 this year.", "were", "Hubei"),
    ).toBe("Households signed up with the enterprises");
  });

  it("still stops before the report's own region", () => {
    expect(
      subjectOf(
        "Poverty alleviation funds put into Hubei Province reached 3 billion yuan.",
        "reached",
        "Hubei",
      ),
    ).not.toMatch(/Hubei/);
  });
});

describe("subjectBefore: a relative clause after the subject's head noun", () => {
  it("reads the subject through 'that' and the clause's verb group", () => {
    expect(
      subjectOf("The number of households that actually received loans reached 2,400.", "reached", "Anhui"),
    ).toBe("The number of households that actually received loans");
  });

  it("'that' opening a reported clause is no relative clause", () => {
    expect(subjectOf("The office reported that farmers received 2,400 loans.", "received", "Anhui")).toBe(
      "farmers",
    );
  });
});

describe("a bare figure completing 'the number of X' counts X, whatever qualifies X", () => {
  it("stops at a participle or a relative pronoun after the counted noun", () => {
    const people = labelsAndUnitsOf(
      "In 2012, the number of rural poor people lifted out of poverty reached 41,000.",
    );
    expect(people.get("41,000")?.unit).toBe("people");
    const l = labelsAndUnitsOf("The number of villages that completed the task reached 1,250.");
    expect(l.get("1,250")).toEqual({ label: "Number of villages that completed the task", unit: "villages" });
  });
});

describe("subjectBefore: a subject opened by 'its' or 'their'", () => {
  it("is owned by the subject of the clause before", () => {
    expect(
      subjectOf(
        "The new rural pension scheme covered 2.1 million people, and its monthly payment was raised to 85 yuan.",
        "raised",
        "Anhui",
      ),
    ).toBe("monthly payment of the new rural pension scheme");
  });
});

describe("subjectBefore: the report's own region after 'of' at the end of the subject", () => {
  it("is scope, left out of the name; another place after 'of' stays", () => {
    expect(
      subjectOf(
        "The special funds for poverty alleviation of Anhui Province totalled 1.2 billion yuan.",
        "totalled",
        "Anhui",
      ),
    ).toBe("The special funds for poverty alleviation");
    expect(
      subjectOf(
        "The special funds for poverty alleviation of Jinzhai County totalled 12 million yuan.",
        "totalled",
        "Anhui",
      ),
    ).toBe("The special funds for poverty alleviation of Jinzhai County");
  });
});

describe("frontedWholeCount: 'Of the N X, M …' with the whole's own count", () => {
  const sentence = "Of the 8,000 remaining poor people, 5,000 lived in the hills, accounting for 62.5%.";
  it("names the count inside the fronted phrase by that phrase alone", () => {
    const tokens = tagSentence(sentence);
    const at = tokens.findIndex((t) => t.text === "8,000");
    expect(frontedWholeCount(tokens, at)).toBe("remaining poor people");
    expect(
      frontedWholeCount(
        tokens,
        tokens.findIndex((t) => t.text === "5,000"),
      ),
    ).toBeUndefined();
  });
  it("gives the part the whole's noun and its share the whole, not the whole's own count", () => {
    const l = labelsAndUnitsOf(sentence);
    expect(l.get("8,000 remaining poor people")?.label).toBe("Remaining poor people");
    expect(l.get("5,000")?.label).toMatch(/^Remaining poor people lived in the hills/);
    expect(l.get("5,000")?.unit).toBe("people");
    expect(l.get("62.5%")?.label).toMatch(
      /^Remaining poor people lived in the hills as a share of remaining poor people/,
    );
  });
});
