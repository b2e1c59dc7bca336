// Words for one person a report writes otherwise: "per person" is the report's Latin "per capita"
// (rank.ts queryTerms), and a per capita figure is the average per person a question asks for
// (engine.ts statesTheComputation); a count in "person-times" counts people (rank.ts countsWhatIsAsked).
import { afterAll, describe, expect, it } from "vitest";
import { readQuestion } from "../../src/answering/engine.js";
import { countsWhatIsAsked } from "../../src/answering/rank.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("per person and per capita", () => {
  const engine = madeUpGansuEngine({
    "Whole Village Advancement":
      "In total, 800 villages were finished, and 60,000 households were supported. Per capita net income in the finished villages was 4,100 yuan, up 620 yuan. Grants of 45 million yuan were handed out to 30,000 people.",
  });

  it("answers 'the average income per person' with the stated per capita income", () => {
    expect(engine.answer("What was the average income per person in the finished villages?")).toMatchObject({
      type: "figure",
      value: 4100,
    });
  });

  it("does not take a per capita figure for an 'average per capita' asked in the report's own words", () => {
    const a = engine.answer("What was the average per capita net income in the finished villages?");
    expect(a.type === "figure" && a.value === 4100).toBe(false);
  });
});

describe("countsWhatIsAsked: person-times", () => {
  const engine = madeUpGansuEngine({
    "Rain Plan": "In 2012, the province trained rural labourers from poor households (96,500 person-times).",
  });

  it("reads a count written in person-times as a count of people", () => {
    const q = readQuestion("How many people did the Rain Plan train?", engine.index, engine.glossary);
    const e = engine.index.kb.entries.find((x) => x.written.includes("96,500"))!;
    expect(countsWhatIsAsked(q, e)).toBe(true);
    expect(engine.answer("How many people did the province train?").value).toBe(96500);
  });
});
