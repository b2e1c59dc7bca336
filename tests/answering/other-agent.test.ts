// A name the question makes the giver, found in the figure's sentence only as the agent of another,
// passive verb (other-agent.ts). Sentences and names of our own.
import { describe, expect, it } from "vitest";
import type { Entry } from "../../src/knowledge/schema.js";
import { doerOnlyAnotherAgent } from "../../src/answering/other-agent.js";

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
