// A real English word the corrector finds a stopword near ("completed", a few letters from
// "compared") is no misspelt filler when the report has a word of its same sense: it is searched as
// that word (rank.ts queryTerms). One with no such word is still dropped as filler. And a word the
// report lacks whose listed synonyms it has ("completed": "reached") still means the report's
// WordNet same-sense word ("finished").
import { afterAll, describe, expect, it } from "vitest";
import { readQuestion } from "../../src/answering/engine.js";
import { queryTerms } from "../../src/answering/rank.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("queryTerms: a real word near a stopword", () => {
  const engine = madeUpGansuEngine({
    "Whole Village Advancement":
      "Compared with 2012, the plan was whole village advancement in 900 poor villages. In total, 940 villages were finished. Tea gardens reached 8,000 mu.",
  });
  const terms = (text: string) => queryTerms(readQuestion(text, engine.index, engine.glossary), engine.index);

  it("searches 'completed' as the report's 'finished', beside its listed synonym 'reached'", () => {
    const completed = terms("How many villages were completed?").find((t) => t.term === "?complet");
    expect(completed?.alts.map((a) => a.term)).toEqual(expect.arrayContaining(["finish", "reach"]));
  });

  it("still drops a real word with no same-sense report word as filler", () => {
    expect(terms("How many villages were completed?").map((t) => t.term)).toContain("villag");
    expect(terms("How many companies finished villages?").map((t) => t.term)).not.toContain("?compani");
  });
});
