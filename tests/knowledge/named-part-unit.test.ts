// A part of a counted whole that names its own count noun ("3,260 people, of which … 2,080 were
// village cadres") counts that noun, not the whole's: a question about village cadres finds it
// among counts of cadres (extract.ts namedCount). A part with no noun of its own still counts the whole's.
import { describe, expect, it } from "vitest";
import { readSentence } from "../support/one-sentence.js";

describe("the unit of a part of a counted whole", () => {
  it("is the part's own count noun when its label names one", () => {
    const { entries } = readSentence(
      "In 2012, the office held 42 training sessions for 3,260 people, of which 1,180 were cadres of county offices and 2,080 were village cadres.",
    );
    expect(entries.find((e) => e.value === 2080)).toMatchObject({ unit: "cadres" });
  });

  it("is the whole's noun for a part with none", () => {
    const { entries } = readSentence(
      "In 2012, the province received 376 complaints, of which 362 were settled.",
    );
    expect(entries.find((e) => e.value === 362)).toMatchObject({ unit: "complaints" });
  });
});

describe("the unit of a bare number that changes a number of things", () => {
  it("counts what the number counts ('reduced the number of rural poor people by 1.12 million')", () => {
    const { entries } = readSentence(
      "In 2013, the province reduced the number of rural poor people by 1.12 million.",
    );
    expect(entries.find((e) => e.value === 1120000)).toMatchObject({ unit: "people" });
  });
});
