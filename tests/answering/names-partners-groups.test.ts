// Partners of one doer named in several sentences, the sentence a partners question is read from, and
// the words that place a group asked by its order (made-up sentences, invented names).
import { describe, expect, it } from "vitest";
import { partnersLead } from "../../src/answering/names-lead.js";
import { namesAnswer, namesAskedIn, ordinalGroupWords, partnerDoer } from "../../src/answering/names.js";

const FIRST =
  "Jointly with the Alder Trust and the Birch Union, Provincial Aid Office held a fair for 30 villages.";
const SECOND = "Jointly with the Cedar Bank, Provincial Aid Office gave books to 12 schools.";
const OTHER = "Together with the Elm Club, the County Youth League planted trees.";

describe("partners of one doer across a section", () => {
  it("reads the doer that opens the clause after the partner list", () => {
    expect(partnerDoer(FIRST)).toBe("Provincial Aid Office");
    expect(partnerDoer(OTHER)).toBe("County Youth League");
    expect(partnerDoer("The Office held a fair.")).toBeUndefined();
  });

  it("lists every partner of the same doer in the section, in the report's order", () => {
    const asked = { ...namesAskedIn("who did the aid office team up with"), stems: ["aid", "offic"] };
    const found = namesAnswer(asked, [SECOND, FIRST], [FIRST, OTHER, SECOND]);
    expect(found?.items).toEqual(["Alder Trust", "Birch Union", "Cedar Bank"]);
    expect(found?.also).toBeDefined();
  });
});

describe("partnersLead: the sentence a partners question is read from", () => {
  const at = (section: string, rank: number, sentence: string) => ({ section, report: "r", rank, sentence });
  it("takes a near sentence naming partners when the best section names none", () => {
    const best = at("Organization", 10, "The organizations of the Office held 12 meetings.");
    const partners = at("Social aid", 8, FIRST);
    expect(partnersLead([best, partners], 3)).toBe(partners);
    expect(partnersLead([best, at("Social aid", 4, FIRST)], 3)).toBeUndefined();
  });
});

describe("a group asked for by its order", () => {
  it("gives the ordinal and the group noun, not the words between", () => {
    expect(ordinalGroupWords("which counties ran the second group of pilot projects")).toEqual([
      "second",
      "group",
    ]);
    expect(ordinalGroupWords("which counties were in batch two")).toEqual(["batch", "two"]);
    expect(ordinalGroupWords("which counties ran the pilots")).toEqual([]);
  });
});
