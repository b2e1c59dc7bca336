// An average whose question qualifies its unit by a word ("per disabled household") that the count's
// sentence, label and section never write is not made over that count (per-phrase.ts).
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";
import { perPhraseMissedBy } from "../../src/answering/per-phrase.js";
import { readQuestion } from "../../src/answering/engine.js";
import { queryTerms, scoreEntries } from "../../src/answering/rank.js";
import type { NumericEntry } from "../../src/knowledge/schema.js";

afterAll(removeMadeUpReports);

describe("the words before an average's unit, against the count it divides by", () => {
  const engine = madeUpGansuEngine({
    "School meals":
      "In 2012, the province spent 6 million Yuan on school meals for 3,000 households in mountain villages.",
    "Household survey": "The province completed the registration of poor households in every county.",
  });
  const pupils = engine.index.kb.entries.find((e) => "value" in e && e.value === 3000) as NumericEntry;

  const missed = (question: string) => {
    const q = readQuestion(question, engine.index, engine.glossary);
    return perPhraseMissedBy(
      q,
      engine.index,
      scoreEntries(engine.index, queryTerms(q, engine.index), q),
      pupils,
    );
  };

  it("finds a word the count's sentence and section never write", () => {
    expect(missed("How much was spent on school meals per disabled household?")).toBe(true);
    expect(engine.answer("How much was spent on school meals per disabled household?").answered).toBe(false);
  });

  it("finds none when the words are the count's own, or there are none", () => {
    expect(missed("How much was spent on school meals per household?")).toBe(false);
    expect(missed("How much was spent on school meals per mountain village household?")).toBe(false);
    expect(engine.answer("How much was spent on school meals per household?").value).toBe(2000);
  });
});
