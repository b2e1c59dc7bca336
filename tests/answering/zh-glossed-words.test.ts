// The words a Chinese question gets from the curated glossary alone (zh-glossed-words.ts).
import { describe, expect, it } from "vitest";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { glossaryWordsIn } from "../../src/answering/zh-glossed-words.js";

const glossary = fromTerms({ 雨露计划: "Rain Plan", 计划: "plan", 培训: "trained training" });

describe("glossaryWordsIn", () => {
  it("gives each term's English once, the longest term first", () => {
    expect(glossaryWordsIn("雨露计划培训了多少人？", glossary)).toEqual([
      "rain",
      "plan",
      "trained",
      "training",
    ]);
  });

  it("gives nothing for words only the dictionary reads", () => {
    expect(glossaryWordsIn("旅游业有多少人？", glossary)).toEqual([]);
  });
});

describe("glossaryWordsIn: verbs", () => {
  it("gives nothing for a term that is a verb", () => {
    const withVerb = fromTerms({ 雨露计划: "Rain Plan", 投入: "invested put in" });
    expect(glossaryWordsIn("雨露计划投入了多少？", withVerb)).toEqual(["rain", "plan"]);
  });
});
