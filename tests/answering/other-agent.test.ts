// A name the question makes the giver, found in the figure's sentence only as the agent of another,
// passive verb (other-agent.ts). Sentences and names of our own.
import { describe, expect, it } from "vitest";
import type { Entry } from "../../src/knowledge/schema.js";
import { doerOnlyAnotherAgent, giverLeftOutOfBreakdown } from "../../src/answering/other-agent.js";

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
