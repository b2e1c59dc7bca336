// A real English word is not respelt into a rarer report word a letter away.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Engine, readQuestion } from "../../src/answering/engine.js";
import { queryTerms } from "../../src/answering/rank.js";
import { BELT_REPORT } from "../support/belt-report.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

let engine: Engine;
beforeAll(() => {
  engine = madeUpGansuEngine(BELT_REPORT);
});
afterAll(removeMadeUpReports);

describe("queryTerms: a real word is not respelt into a rarer report word", () => {
  const terms = (text: string) =>
    queryTerms(readQuestion(text, engine.index, engine.glossary), engine.index).map((t) => t.term);

  it("keeps an everyday verb though the report has a noun a letter away among the question's words", () => {
    // "beat" is commoner than the report's "belt", whose sentence has the income and farmers asked about.
    expect(terms("how much did the farmers' net income beat the key counties by?")).not.toContain("belt");
  });
});
