import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/answering/engine.js";
import { queryTerms } from "../../src/answering/rank.js";
import { readQuestion } from "../../src/answering/engine.js";
import { realEngine } from "../support/knowledge.js";

describe("queryTerms: the words a question is searched with", () => {
  let engine: Engine;
  beforeAll(() => {
    engine = realEngine();
  });
  const termsOf = (text: string) =>
    queryTerms(readQuestion(text, engine.index, engine.glossary), engine.index).map((t) => t.term);

  it("finds a word the report spells the other English way (the report writes 'meters')", () => {
    const terms = termsOf("how many square metres");
    expect(terms).not.toContain("?metr");
    expect(terms.some((t) => t.startsWith("meter"))).toBe(true);
  });

  it("searches a hyphenated compound the report never writes as its parts only", () => {
    const terms = termsOf("how much drought-fighting money went to the counties");
    expect(terms.filter((t) => t.includes("-"))).toEqual([]);
    expect(terms).toContain("?fight");
  });
});
