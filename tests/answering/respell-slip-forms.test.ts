// A non-word that reads as a clipping and is also one slip from a form of the clipped word is
// written out as that form; of two forms of a stem, the one behind the likelier slip is meant.
import { describe, expect, it } from "vitest";
import { respellerOver } from "../support/corrector.js";
import { respelling } from "../../src/answering/respell.js";

const REPORT_WORDS = ["farmers", "households", "experts", "trainees", "trained", "training", "science"];
const index = respellerOver(REPORT_WORDS);

describe("a slip that also reads as a clipping", () => {
  it("is respelt as the whole word one slip away", () => {
    expect(respelling("farmes", index)).toBe("farmers");
    expect(respelling("househols", index)).toBe("households");
    expect(respelling("expers", index)).toBe("experts");
  });

  it("leaves a clipping no slip explains to the search", () => {
    expect(respelling("sci", index)).toBeUndefined();
  });
});

describe("two forms of one stem a slip away", () => {
  it("takes the one behind the likelier slip (a letter left out before a key beside)", () => {
    expect(respelling("traines", index)).toBe("trainees");
  });
});
