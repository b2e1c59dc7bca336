import { describe, expect, it } from "vitest";
import { programmeNames } from "../../src/answering/programme-names.js";

describe("programmeNames", () => {
  it("finds capitalised names ending in a cue word, without the article", () => {
    expect(programmeNames(["In 2012, the Rain Plan trained 8,000 people."])).toEqual(["Rain Plan"]);
  });

  it("finds a lower-case compound noun before the cue word", () => {
    expect(
      programmeNames(["The nutrition improvement plan for rural students covered 1.62 million students."]),
    ).toEqual(["nutrition improvement plan"]);
  });

  it("leaves out a plan an adjective or one noun describes: that is a plan itself", () => {
    expect(programmeNames(["It reached 103.5% of the annual relocation plan."])).toEqual([]);
    expect(programmeNames(["The work plan was completed."])).toEqual([]);
  });
});
