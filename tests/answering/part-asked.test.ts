// "How much of <whole> <rest>": the whole a part question names and the words that tell the part
// (part-asked.ts), and a split asked between two parts that one figure names together.
import { describe, expect, it } from "vitest";
import { partAsked, totalOfTheSidesAsked } from "../../src/answering/part-asked.js";
import type { Scoring } from "../../src/answering/rank.js";
import type { Question } from "../../src/answering/understand.js";

describe("partAsked", () => {
  it("splits the whole from the rest at the verb that starts the rest", () => {
    expect(partAsked("how much of the central funds went to the key counties?")).toEqual({
      whole: ["central", "fund"],
      rest: ["kei", "counti"],
    });
    expect(partAsked("how much of the planned investment was actually spent in 2011?")).toEqual({
      whole: ["plan", "invest"],
      rest: ["spent"],
    });
  });

  it("leaves out the words that only date the part", () => {
    expect(partAsked("how much of the loans had been repaid by the end of December 2011?")?.rest).toEqual([
      "repaid",
    ]);
  });

  it("reads no part where the question asks none", () => {
    expect(partAsked("how many km of village roads were built?")).toBeUndefined();
    expect(partAsked("how much money was invested in relocation?")).toBeUndefined();
  });
});

describe("totalOfTheSidesAsked", () => {
  const question = (clause: string) => ({ language: "en", raw: clause, english: clause, clause }) as Question;
  const noTerms = { terms: [] } as unknown as Scoring;
  const both = "Grants issued: 12 million Yuan of grants for schools in the towns and some hill villages";

  it("refuses a figure that names both parts a split is asked between", () => {
    const q = question("how much of the grants went to the towns vs the hill villages?");
    expect(totalOfTheSidesAsked(q, noTerms, both)).toBe(true);
  });

  it("keeps a figure that names one side only, and a question that sets no sides apart", () => {
    const q = question("how much of the grants went to the towns vs the hill villages?");
    expect(totalOfTheSidesAsked(q, noTerms, "Grants for schools in the towns: 5 million Yuan")).toBe(false);
    const single = question("how much of the grants went to the towns?");
    expect(totalOfTheSidesAsked(single, noTerms, both)).toBe(false);
  });
});
