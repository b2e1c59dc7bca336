// How the extractor reads a count's unit from its label (src/knowledge/extract.ts countedByLabel).
import { describe, expect, it } from "vitest";
import { readSentence } from "../support/one-sentence.js";

describe("a bare number that changes a population", () => {
  it("counts people, as the population does", () => {
    const e = readSentence("In 2013, the province reduced its rural poor population by 1.2 million.").entries;
    const cut = e.find((x) => x.written === "1.2 million");
    expect(cut?.label).toMatch(/population/);
    expect(cut?.unit).toBe("people");
  });
});

describe("a bare number before a clause break", () => {
  it("does not count the noun of the next clause's number", () => {
    const e = readSentence(
      "Safe drinking water projects doubled from 210 in 2011 to 420, and some 312,000 people gained access to safe drinking water.",
    ).entries;
    expect(e.find((x) => x.written === "420")?.unit).toBe("items");
    expect(e.find((x) => x.written === "312,000 people")?.unit).toBe("people");
  });
});
