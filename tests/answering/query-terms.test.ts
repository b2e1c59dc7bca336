import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/answering/engine.js";
import { queryTerms, rankEntries, scoreEntries } from "../../src/answering/rank.js";
import { readQuestion } from "../../src/answering/engine.js";
import { realEngine } from "../support/knowledge.js";
import { termsOfQuestion } from "../support/query-terms.js";

describe("queryTerms: the words a question is searched with", () => {
  let engine: Engine;
  beforeAll(() => {
    engine = realEngine();
  });
  const termsOf = (text: string) => termsOfQuestion(engine, text).map((t) => t.term);

  it("finds a word the report spells the other English way (the report writes 'meters')", () => {
    const terms = termsOf("how many square metres");
    expect(terms).not.toContain("?metr");
    expect(terms.some((t) => t.startsWith("meter"))).toBe(true);
  });

  it("does not respell a word far commoner than the report word a letter away", () => {
    // "tank" (the report's water tanks) is a letter from "thanks", which people write ten times as often.
    const terms = termsOf("how many villages had project work going on? thanks");
    expect(terms).not.toContain("tank");
  });

  it("searches no preposition of time ('after', 'before'): it relates topics and names none", () => {
    const terms = termsOf("how many people found jobs after training, and how many before");
    expect(terms.some((t) => t === "after" || t === "befor")).toBe(false);
  });

  it("searches a hyphenated compound the report never writes as its parts only", () => {
    const terms = termsOf("how much drought-fighting money went to the counties");
    expect(terms.filter((t) => t.includes("-"))).toEqual([]);
    expect(terms).toContain("?fight");
  });

  it("rewords a word the report lacks by WordNet, where general English uses the two alike", () => {
    const [backing] = queryTerms(
      readQuestion("how much financial backing", engine.index, engine.glossary),
      engine.index,
    ).filter((t) => t.term === "?back");
    expect(backing?.alts).toContainEqual(expect.objectContaining({ term: "fund", related: "synonym" }));
  });

  it("but not by a sense nobody means any more ('firm' as 'house')", () => {
    const [firm] = termsOfQuestion(engine, "how many firms");
    expect(firm?.alts.map((a) => a.term)).not.toContain("hous");
  });

  it("ranks no entry that matches the question only through rewordings", () => {
    const q = readQuestion("how much backing", engine.index, engine.glossary);
    const terms = queryTerms(q, engine.index);
    expect(terms.every((t) => t.alts.every((a) => a.near !== undefined))).toBe(true);
    expect(rankEntries(q, engine.index, scoreEntries(engine.index, terms, q))).toEqual([]);
  });

  it("weighs an unknown verb as its plainest same-sense word: a reworded verb is no unknown topic", () => {
    const q = readQuestion("how much did the county chip in", engine.index, engine.glossary);
    const chip = queryTerms(q, engine.index).find((t) => t.term === "?chip");
    // "chip in" is "give" in WordNet: everyday English, nearly free.
    expect(chip?.idf).toBeLessThan(0.15 * engine.index.maxIdf);
  });

  it("rewords a word only by the senses of its part of speech in the question", () => {
    const q = readQuestion("how many staff did the office have", engine.index, engine.glossary);
    const staff = queryTerms(q, engine.index).find((t) => t.term === "?staff");
    // "to staff" is to provide with workers; "staff" the noun is no providing.
    expect(staff?.alts.map((a) => a.term)).not.toContain("provid");
  });

  it("never respells a real word into a report word two letters away ('firms' is not 'first')", () => {
    const q = readQuestion("how much was donated by farm firms to poor areas", engine.index, engine.glossary);
    expect(queryTerms(q, engine.index).map((t) => t.term)).not.toContain("first");
  });
});
