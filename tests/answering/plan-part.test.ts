// A question asking what was actually done is not answered with a plan, or a part of a planned
// whole, the report leaves without a result (plan-part.ts).
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";
import { planWhereResultAsked } from "../../src/answering/plan-part.js";
import { readQuestion } from "../../src/answering/engine.js";
import { queryTerms, rankEntries, scoreEntries } from "../../src/answering/rank.js";

afterAll(removeMadeUpReports);

describe("a plan, or a part of a planned whole, asked as what was actually done", () => {
  const engine = madeUpGansuEngine({
    "School building":
      "In 2012, the school building programme was launched in three counties, and the planned investment was 8 million Yuan, of which 3 million Yuan was for textbooks and 5 million Yuan was for classrooms. " +
      "The province trained 2,400 teachers in 2012.",
  });

  const onTop = (question: string) => {
    const q = readQuestion(question, engine.index, engine.glossary);
    const scoring = scoreEntries(engine.index, queryTerms(q, engine.index), q);
    const top = rankEntries(q, engine.index, scoring)[0]!;
    return {
      value: "value" in top.entry ? top.entry.value : undefined,
      plan: planWhereResultAsked(q, engine.index, top),
    };
  };

  it("finds a part of a planned whole asked as what was actually spent", () => {
    expect(onTop("How much was actually spent on textbooks by the school building programme?")).toEqual({
      value: 3000000,
      plan: true,
    });
    expect(
      engine.answer("How much was actually spent on textbooks by the school building programme?").answered,
    ).toBe(false);
  });

  it("finds none where the question asks for the plan, or says nothing of what was done", () => {
    expect(onTop("How much of the planned investment was for textbooks?").plan).toBe(false);
    expect(engine.answer("How much of the planned investment was for textbooks?").value).toBe(3000000);
  });

  it("finds none in a result the report states", () => {
    expect(onTop("How many teachers did the province actually train in 2012?")).toEqual({
      value: 2400,
      plan: false,
    });
  });
});
