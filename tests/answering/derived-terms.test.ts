// A report word stands also for the report's word of another part of speech with the same sense
// (rank.ts derivedTerms): "per year" where the figure's sentence says "annual".
import { afterAll, describe, expect, it } from "vitest";
import { derivedTerms } from "../../src/answering/rank.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";
import { termsOfQuestion } from "../support/query-terms.js";

afterAll(removeMadeUpReports);

describe("derivedTerms", () => {
  const engine = madeUpGansuEngine({
    "Rain Plan":
      "In 2012, the province trained 52,000 people and the annual income growth of the trainees reached 1.2 billion Yuan over the previous year.",
  });
  const { index } = engine;

  it("gives 'annual' for the noun 'year' when the report writes it", () => {
    expect(derivedTerms("year", "year", "noun", index).map((r) => r.word)).toContain("annual");
  });

  it("gives nothing the report lacks, and nothing for another part of speech than asked", () => {
    expect(derivedTerms("agricultural", "agricultur", "adjective", index)).toEqual([]);
    expect(derivedTerms("year", "year", "verb", index)).toEqual([]);
  });

  // queryTerms: where the question's word takes the derived word among its alternatives.
  const derivedOf = (question: string) =>
    termsOfQuestion(engine, question).flatMap((t) =>
      t.alts.filter((a) => a.related === "derived").map((a) => a.term),
    );

  it("takes 'annual' for 'per year', not for 'the year' (one point in time, not its kind)", () => {
    expect(derivedOf("how much more did trainees earn per year?")).toContain("annual");
    expect(derivedOf("how much did trainees earn by the end of the year?")).not.toContain("annual");
  });
});
