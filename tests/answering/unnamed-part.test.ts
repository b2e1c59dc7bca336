// A question that states a breakdown's whole and names none of its parts is not answered with a
// part (unnamed-part.ts).
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";
import { readQuestion } from "../../src/answering/engine.js";
import { queryTerms, rankEntries, scoreEntries } from "../../src/answering/rank.js";
import { unnamedPartOfStatedWhole } from "../../src/answering/unnamed-part.js";

afterAll(removeMadeUpReports);

describe("a part of a whole the question states", () => {
  const engine = madeUpGansuEngine({
    "Investment of anti-poverty funds":
      "In 2012, a total of 900 million Yuan of anti-poverty funds was issued for Gansu Province, of which " +
      "500 million Yuan was from the central government and 400 million Yuan was provincial matching funds.",
  });
  const unnamed = (question: string, value: number) => {
    const q = readQuestion(question, engine.index, engine.glossary);
    const scoring = scoreEntries(engine.index, queryTerms(q, engine.index), q);
    const part = rankEntries(q, engine.index, scoring).find(
      (r) => "value" in r.entry && r.entry.value === value,
    )!;
    return unnamedPartOfStatedWhole(q, engine.index, scoring, part);
  };

  it("is no answer when the question names none of the part's own words", () => {
    expect(unnamed("Of the 900 million Yuan of funds, how much had been spent by June?", 4e8)).toBe(true);
    expect(engine.answer("Of the 900 million Yuan of funds, how much had been spent by June?").answered).toBe(
      false,
    );
  });

  it("is the answer when the question names the part", () => {
    expect(unnamed("Of the 900 million Yuan of funds, how much came from the central government?", 5e8)).toBe(
      false,
    );
    expect(
      engine.answer("Of the 900 million Yuan of funds, how much came from the central government?").value,
    ).toBe(5e8);
  });

  it("leaves a part alone when the question states no whole", () => {
    expect(unnamed("How much was spent by June?", 4e8)).toBe(false);
  });
});
