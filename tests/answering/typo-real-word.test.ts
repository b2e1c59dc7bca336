// A real English word is not respelt into a rarer report word a letter away.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Engine, readQuestion } from "../../src/answering/engine.js";
import { queryTerms } from "../../src/answering/rank.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

let engine: Engine;
beforeAll(() => {
  engine = madeUpGansuEngine({
    Overview:
      "In 2012, the per capita net income of farmers in the 43 key counties of the province was 4,200 Yuan. The rural population in poverty fell by 1.1 million.",
    "Mountain belt":
      "In the belt around the capital, the per capita net income of farmers was 3,900 Yuan, and the province trained 12,000 persons. The people living in the belt got 210 million Yuan.",
  });
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
