// Names of programmes read from the glossary's English (glossary-names.ts).
import { describe, expect, it } from "vitest";
import { glossaryNames } from "../../src/answering/glossary-names.js";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { understand } from "../../src/answering/understand.js";

describe("glossaryNames", () => {
  it("takes renderings written as titles of two words or more, lowercased", () => {
    const g = fromTerms({ 春蕾计划: "Spring Bud Program", 扶贫: "poverty alleviation", 县: "County" });
    expect(glossaryNames(g)).toEqual(["spring bud program"]);
  });
});

describe("a glossary name in a question", () => {
  it("asks for no plan: its plan word is part of the name", () => {
    const g = fromTerms({ 春蕾计划: "Spring Bud Plan" });
    expect(
      understand("How many girls did the Spring Bud Plan actually help in 2012?", g).derivation,
    ).toBeUndefined();
    expect(understand("What was the plan for girls helped in 2012?", g).derivation).toEqual({ type: "plan" });
  });
});
