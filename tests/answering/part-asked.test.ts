// "How much of <whole> <rest>": the whole a part question names and the words that tell the part
// (part-asked.ts).
import { describe, expect, it } from "vitest";
import { partAsked } from "../../src/answering/part-asked.js";

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
