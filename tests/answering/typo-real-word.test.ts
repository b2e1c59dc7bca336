// A real English word is not respelt into a rarer report word a letter away.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/answering/engine.js";
import { BELT_REPORT } from "../support/belt-report.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";
import { termsOfQuestion } from "../support/query-terms.js";

let engine: Engine;
beforeAll(() => {
  engine = madeUpGansuEngine(BELT_REPORT);
});
afterAll(removeMadeUpReports);

describe("queryTerms: a real word is not respelt into a rarer report word", () => {
  const terms = (text: string) => termsOfQuestion(engine, text).map((t) => t.term);

  it("keeps an everyday verb though the report has a noun a letter away among the question's words", () => {
    // "beat" is commoner than the report's "belt", whose sentence has the income and farmers asked about.
    expect(terms("how much did the farmers' net income beat the key counties by?")).not.toContain("belt");
  });
});
