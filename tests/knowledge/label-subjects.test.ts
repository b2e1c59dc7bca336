// The subject of a verb as a label reads it (src/knowledge/label-subjects.ts subjectBefore).
import { describe, expect, it } from "vitest";
import { subjectBefore } from "../../src/knowledge/label-subjects.js";
import { tagSentence } from "../../src/knowledge/nlp.js";
import { labelsAndUnitsOf } from "../support/one-sentence.js";

describe("subjectBefore: a noun and its participle with an adverb between", () => {
  it("reads 'the share actually allocated' whole", () => {
    const tokens = tagSentence("The share actually allocated was 76.3%.");
    const verb = tokens.findIndex((t) => t.text === "was");
    expect(subjectBefore(tokens, verb, "Anhui")).toBe("The share actually allocated");
  });
});

describe("subjectBefore: a reduced passive relative after the head noun", () => {
  it("reads 'Households signed up with the enterprises' whole", () => {
    const tokens = tagSentence("Households signed up with the enterprises were 186,000 this year.");
    const at = tokens.findIndex((t) => t.text === "were");
    expect(subjectBefore(tokens, at, "Hubei")).toBe("Households signed up with the enterprises");
  });

  it("still stops before the report's own region", () => {
    const tokens = tagSentence("Poverty alleviation funds put into Hubei Province reached 3 billion yuan.");
    const at = tokens.findIndex((t) => t.text === "reached");
    expect(subjectBefore(tokens, at, "Hubei")).not.toMatch(/Hubei/);
  });
});

describe("subjectBefore: a relative clause after the subject's head noun", () => {
  it("reads the subject through 'that' and the clause's verb group", () => {
    const tokens = tagSentence("The number of households that actually received loans reached 2,400.");
    const verb = tokens.findIndex((t) => t.text === "reached");
    expect(subjectBefore(tokens, verb, "Anhui")).toBe(
      "The number of households that actually received loans",
    );
  });

  it("'that' opening a reported clause is no relative clause", () => {
    const tokens = tagSentence("The office reported that farmers received 2,400 loans.");
    const verb = tokens.findIndex((t) => t.text === "received");
    expect(subjectBefore(tokens, verb, "Anhui")).toBe("farmers");
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
    const tokens = tagSentence(
      "The new rural pension scheme covered 2.1 million people, and its monthly payment was raised to 85 yuan.",
    );
    const verb = tokens.findIndex((t) => t.text === "raised");
    expect(subjectBefore(tokens, verb, "Anhui")).toBe("monthly payment of the new rural pension scheme");
  });
});

describe("subjectBefore: the report's own region after 'of' at the end of the subject", () => {
  it("is scope, left out of the name; another place after 'of' stays", () => {
    const own = tagSentence(
      "The special funds for poverty alleviation of Anhui Province totalled 1.2 billion yuan.",
    );
    expect(
      subjectBefore(
        own,
        own.findIndex((t) => t.text === "totalled"),
        "Anhui",
      ),
    ).toBe("The special funds for poverty alleviation");
    const other = tagSentence(
      "The special funds for poverty alleviation of Jinzhai County totalled 12 million yuan.",
    );
    expect(
      subjectBefore(
        other,
        other.findIndex((t) => t.text === "totalled"),
        "Anhui",
      ),
    ).toBe("The special funds for poverty alleviation of Jinzhai County");
  });
});
