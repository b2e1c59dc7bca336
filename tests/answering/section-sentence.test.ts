// A question that ties its thing to words another sentence of the figure's own section writes
// together (a figure it states, a verb it acts by) is not answered with a figure of that section
// whose sentence lacks them (section-sentence.ts).
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";
import { namesAnotherSentenceOfSection } from "../../src/answering/section-sentence.js";
import { readQuestion } from "../../src/answering/engine.js";
import { queryTerms, rankEntries, scoreEntries } from "../../src/answering/rank.js";

afterAll(removeMadeUpReports);

describe("a figure beside words the question takes from another sentence of its section", () => {
  const engine = madeUpGansuEngine({
    "Vocational education":
      "In 2012, the province opened 12 night schools in the mountain counties. " +
      "The vocational colleges trained 3,000 pupils in farming skills. " +
      "The office audited and reimbursed the colleges' accounts twice. " +
      "As of November 30, the province had granted 8.5 million Yuan of tuition aid.",
  });

  // The rule itself, on the best-ranked figure (other rules may refuse the same questions too).
  const onTop = (question: string) => {
    const q = readQuestion(question, engine.index, engine.glossary);
    const scoring = scoreEntries(engine.index, queryTerms(q, engine.index), q);
    const top = rankEntries(q, engine.index, scoring)[0]!;
    return {
      value: "value" in top.entry ? top.entry.value : undefined,
      other: namesAnotherSentenceOfSection(q, engine.index, scoring, top),
    };
  };

  it("finds a figure the question states, written in another sentence", () => {
    expect(onTop("How many pupils were trained at the 12 night schools?")).toEqual({
      value: 3000,
      other: true,
    });
  });

  it("finds verbs the question acts by, written together in another sentence", () => {
    expect(onTop("How much tuition aid had been audited and reimbursed by November 30?")).toEqual({
      value: 8500000,
      other: true,
    });
  });

  it("finds none in a question in the figure's own sentence's words", () => {
    expect(onTop("How many pupils did the vocational colleges train in farming skills?")).toEqual({
      value: 3000,
      other: false,
    });
    expect(onTop("How much tuition aid had the province granted by November 30?")).toEqual({
      value: 8500000,
      other: false,
    });
  });

  it("is refused, and the figure asked in its own words still answered", () => {
    expect(engine.answer("How many pupils were trained at the 12 night schools?").answered).toBe(false);
    expect(engine.answer("How many pupils did the vocational colleges train?").value).toBe(3000);
  });
});
