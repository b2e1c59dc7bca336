// A name the question makes the giver, found in the figure's sentence only as the agent of another,
// passive verb (other-agent.ts). Sentences and names of our own.
import { describe, expect, it } from "vitest";
import type { Entry } from "../../src/knowledge/schema.js";
import {
  activeGiverOf,
  doerOnlyAnotherAgent,
  giverLeftOutOfBreakdown,
  receiverWhoGave,
} from "../../src/answering/other-agent.js";
import type { QueryTerm } from "../../src/answering/rank.js";

const entry = (label: string, sentence: string) =>
  ({ label, context: sentence, sentence }) as unknown as Entry;
const name = "Provincial Women's Federation";
const asked = `How much did the ${name} give to the schools?`;

describe("doerOnlyAnotherAgent", () => {
  it("is true when the name is only the agent of another passive verb in the sentence", () => {
    const e = entry(
      "Money given by enterprises to the schools",
      `Enterprises gave 2 million Yuan to the schools and the work was commended by the county and the ${name}.`,
    );
    expect(doerOnlyAnotherAgent(asked, name, e)).toBe(true);
  });

  it("is false when the passive verb is the figure's own: the agent is its giver", () => {
    const e = entry("Money given to the schools", `2 million Yuan was given by the ${name} to the schools.`);
    expect(doerOnlyAnotherAgent(asked, name, e)).toBe(false);
  });

  it("is false when the name is the sentence's subject, or the question does not make it the doer", () => {
    const e = entry("Money given to the schools", `The ${name} gave 2 million Yuan to the schools.`);
    expect(doerOnlyAnotherAgent(asked, name, e)).toBe(false);
    const praised = entry(
      "Money given by enterprises to the schools",
      `Enterprises gave 2 million Yuan to the schools and the work was commended by the ${name}.`,
    );
    expect(
      doerOnlyAnotherAgent(`Which gift to the schools was commended by the ${name}?`, name, praised),
    ).toBe(false);
  });
});

// A giver the question asks about, left out of a sentence that says who gave each part
// (giverLeftOutOfBreakdown). Sentences of our own.
describe("giverLeftOutOfBreakdown", () => {
  const sentence =
    "The province spent 9 million Yuan on new clinics, of which 5 million Yuan was from the central government and 4 million Yuan was raised by the masses.";
  const total = entry("Spending on new clinics (total)", sentence);

  it("is true when the asked giver is not among the givers the breakdown names", () => {
    expect(giverLeftOutOfBreakdown("how much did the banks give for new clinics?", total)).toBe(true);
    expect(
      giverLeftOutOfBreakdown(
        "how much did the city governments of Aville and Beetown pay for new clinics?",
        total,
      ),
    ).toBe(true);
  });

  it("is false when the sentence names the asked giver, or its giver is the whole", () => {
    expect(giverLeftOutOfBreakdown("how much did the masses raise for new clinics?", total)).toBe(false);
    expect(giverLeftOutOfBreakdown("how much did the central government give for new clinics?", total)).toBe(
      false,
    );
    // The masses are the people themselves, whatever the question calls them.
    expect(giverLeftOutOfBreakdown("how much did the local farmers raise for new clinics?", total)).toBe(
      false,
    );
    // Persons are what the question reader counts as people or households, or dwellers of a
    // counted place ("villagers" of villages); a word of another kind names no one of the masses.
    for (const people of ["the villagers themselves", "poor families", "ordinary residents"])
      expect(giverLeftOutOfBreakdown(`how much did ${people} raise for new clinics?`, total)).toBe(false);
    expect(giverLeftOutOfBreakdown("how much did the bankers raise for new clinics?", total)).toBe(true);
    expect(giverLeftOutOfBreakdown("how much did the government spend on new clinics?", total)).toBe(false);
    expect(giverLeftOutOfBreakdown("how much did Henan invest in new clinics?", total)).toBe(false);
    const place = entry(
      "Spending on new clinics (total)",
      "Aville County spent 9 million Yuan on new clinics, of which 5 million Yuan was from the central government.",
    );
    expect(giverLeftOutOfBreakdown("how much did Aville County spend on new clinics?", place)).toBe(false);
  });

  it("is false when the sentence gives no breakdown by giver", () => {
    const plain = entry("Spending on new clinics", "The province spent 9 million Yuan on new clinics.");
    expect(giverLeftOutOfBreakdown("how much did the banks give for new clinics?", plain)).toBe(false);
    const byUse = entry(
      "Spending on new clinics (total)",
      "The province spent 9 million Yuan on new clinics, of which 5 million Yuan went to buildings.",
    );
    expect(giverLeftOutOfBreakdown("how much did the banks give for new clinics?", byUse)).toBe(false);
  });
});

// A giver the question asks about, where the figure's sentence names its giver as the subject of
// its verb of giving (giverLeftOutOfBreakdown, activeGiverOf). Sentences and names of our own.
describe("giverLeftOutOfBreakdown, a sentence whose subject gave the figure", () => {
  const withFigure = (label: string, sentence: string, written: string) =>
    ({ label, context: sentence, sentence, written }) as unknown as Entry;
  const put = withFigure(
    "Harbour Trust project funds put in",
    "As of May 1, the county had put in 7.5 million Yuan of project funds, half of the target.",
    "7.5 million Yuan",
  );

  it("reads the subject of the verb of giving before the figure, not a passive's or a pronoun's", () => {
    expect(activeGiverOf(put)).toBe("county");
    const passive = withFigure(
      "Funds put in",
      "In May, 7.5 million Yuan was put in for the port.",
      "7.5 million Yuan",
    );
    expect(activeGiverOf(passive)).toBeUndefined();
    const pronoun = withFigure("Funds put in", "In May, it had put in 7.5 million Yuan.", "7.5 million Yuan");
    expect(activeGiverOf(pronoun)).toBeUndefined();
    // A noun of money after a word is no verb of giving: "integrated funds" names no giver.
    const noun = withFigure(
      "Integrated funds",
      "It spent 9 million, of which 4 million was integrated funds and 5 million Yuan was raised by the farmers.",
      "5 million Yuan",
    );
    expect(activeGiverOf(noun)).toBeUndefined();
  });

  it("is true when the sentence never names the asked giver, even where the label names the project", () => {
    expect(giverLeftOutOfBreakdown("how much did the Harbour Trust lend for the project?", put)).toBe(true);
    expect(giverLeftOutOfBreakdown("how much money is the Harbour Trust lending to the county?", put)).toBe(
      true,
    );
  });

  it("is false when the sentence names the asked giver, itself or as the search read it, or its level", () => {
    expect(giverLeftOutOfBreakdown("how much did the county put in for the project?", put)).toBe(false);
    expect(giverLeftOutOfBreakdown("how much did the county government pay for the project?", put)).toBe(
      false,
    );
    const donated = withFigure(
      "Goods donated by leading enterprises",
      "In addition, the leading enterprises donated goods worth 3 million Yuan to the schools.",
      "3 million Yuan",
    );
    expect(giverLeftOutOfBreakdown("how much did the big firms donate to the schools?", donated)).toBe(true);
    const firms: QueryTerm[] = [
      { term: "?firm", alts: [{ term: "enterpris", weight: 0.5, near: 0.6 }], weight: 1, idf: 1 },
    ];
    expect(giverLeftOutOfBreakdown("how much did the big firms donate to the schools?", donated, firms)).toBe(
      false,
    );
  });
});

// A question that makes the receiver the one the figure's sentence makes the giver (receiverWhoGave).
describe("receiverWhoGave", () => {
  const withFigure = (sentence: string, written: string) =>
    ({ label: "Goods", context: sentence, sentence, written }) as unknown as Entry;
  const donated = withFigure(
    "In addition, the leading enterprises donated goods worth 3 million Yuan to the schools.",
    "3 million Yuan",
  );

  it("is true when the asked receiver gave the figure", () => {
    expect(receiverWhoGave("How much in goods did the 40 leading enterprises receive?", donated)).toBe(true);
  });

  it("is false when someone else gave it, the question asks a giver, or the verb collects money", () => {
    expect(receiverWhoGave("How much in goods did the schools receive?", donated)).toBe(false);
    expect(receiverWhoGave("How much did the leading enterprises donate?", donated)).toBe(false);
    const raised = withFigure("The Port Relief Foundation raised 2 million Yuan in May.", "2 million Yuan");
    expect(receiverWhoGave("How much did the Port Relief Foundation collect in May?", raised)).toBe(false);
  });
});

describe("giverLeftOutOfBreakdown: persons among a sentence's givers", () => {
  it("names the people when the giving verb's subject lists persons", () => {
    const e = {
      ...entry(
        "Money and goods donated for schools",
        "Companies, charities and individuals inside and outside the county donated money and goods worth 9 million Yuan for schools.",
      ),
      written: "9 million Yuan",
    } as Entry;
    expect(giverLeftOutOfBreakdown("how much money did people donate for schools?", e)).toBe(false);
    expect(giverLeftOutOfBreakdown("how much money did the banks donate for schools?", e)).toBe(true);
  });
});
