// A part with no noun of its own counts what its whole counts (extract.ts): "N …, of which M were
// settled" and "Of the X, M received …". Sentences are made up in the series' style.
import { describe, expect, it } from "vitest";
import { entriesOfSentence } from "../support/knowledge.js";

const read = entriesOfSentence;

describe("the unit of a part written without a noun", () => {
  it("is the noun of the whole before 'of which'", () => {
    const e = read("The office received 415 letters during the year, of which 390 were answered.");
    expect(e.get("390")).toMatchObject({ unit: "letters" });
  });

  it("is the noun of a whole fronted with 'Of the …,'", () => {
    const e = read(
      "Of the herders, 3,100 received vocational training and 1,250 attended veterinary training.",
    );
    expect(e.get("3-100")).toMatchObject({ unit: "herders" });
    expect(e.get("1-250")).toMatchObject({ unit: "herders" });
  });

  it("leaves a part that names its own noun alone", () => {
    const e = read("Of the herders, 3,100 families joined cooperatives.");
    expect(e.get("3-100-families")).toMatchObject({ unit: "families" });
  });
});
