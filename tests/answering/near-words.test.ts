// Near words: a question word the report lacks may match the report's word for the same thing,
// found in general-English word vectors, as weak evidence and never for everyday talk or opposites.
import { describe, expect, it } from "vitest";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { nearWordsAmong } from "../../src/answering/near-words.js";
import { queryTerms } from "../../src/answering/rank.js";
import { understand } from "../../src/answering/understand.js";
import { realEngine } from "../support/knowledge.js";

const glossary = fromTerms({});

describe("nearWordsAmong", () => {
  it("finds the report's word for what the question says in other words", () => {
    expect(nearWordsAmong("lending", ["loans", "roads"]).map((n) => n.word)).toEqual(["loans"]);
    expect(nearWordsAmong("gain", ["increase", "villages"]).map((n) => n.word)).toEqual(["increase"]);
  });

  it("finds nothing for a word whose closest report words only share its topic", () => {
    expect(nearWordsAmong("weather", ["villages", "roads", "funds"])).toEqual([]);
  });

  it("finds nothing for a name or a misspelling (no vector)", () => {
    expect(nearWordsAmong("luanchuan", ["county", "counties"])).toEqual([]);
    expect(nearWordsAmong("lendnig", ["loans"])).toEqual([]);
  });
});

describe("queryTerms: near words", () => {
  const engine = realEngine();
  const termOf = (question: string, word: string) => {
    const q = understand(question, glossary, { known: (w) => engine.index.hasTerm(w) });
    return queryTerms(q, engine.index).find((t) => t.term === `?${word}`);
  };

  it("a word the report lacks matches its near word, weaker than a synonym and never as written", () => {
    const gain = termOf("did every household gain over 1500 yuan of income", "gain");
    expect(gain?.alts).toEqual(
      expect.arrayContaining([expect.objectContaining({ term: "increas", near: expect.any(Number) })]),
    );
    expect(Math.max(...gain!.alts.map((a) => a.weight))).toBeLessThan(0.7);
  });

  it("keeps the word's own weight: matching a near word covers only part of it", () => {
    const gain = termOf("did every household gain over 1500 yuan of income", "gain");
    expect(gain!.idf).toBeGreaterThan(engine.index.idf("increas"));
  });

  it("a word with a prefix added to a report word is not that word (its opposite, or narrower)", () => {
    const unemployment = termOf("what was the unemployment rate", "unemploy");
    expect(unemployment?.alts.map((a) => a.term) ?? []).not.toContain("employ");
  });

  it("everyday talk gets no near word", () => {
    const came = termOf("how much came from the central government", "came");
    expect(came?.alts ?? []).toEqual([]);
  });
});

describe("queryTerms: synonyms of the word in any of its forms", () => {
  const engine = realEngine();
  const termFor = (question: string, surface: string) => {
    const q = understand(question, glossary, { known: (w) => engine.index.hasTerm(w) });
    return queryTerms(q, engine.index).find((t) => t.term.endsWith(surface));
  };

  it("a form the synonym list lacks takes the synonyms of a form it has ('relocate': 'relocated')", () => {
    const relocate = termFor("how many people did they relocate", "reloc");
    expect(relocate?.alts.map((a) => a.term)).toEqual(expect.arrayContaining(["move"]));
  });

  it("a real English word with a synonym in the report is not respelt into another report word", () => {
    const q = understand("How much microcredit lending went to poor villages?", glossary, {
      known: (w) => engine.index.hasTerm(w),
    });
    expect(queryTerms(q, engine.index).map((t) => t.term)).not.toContain("lead");
  });
});

describe("queryTerms: a word matched only as another form of a report word", () => {
  it("may also mean the report's word for the same thing ('yearly': year, and annual)", () => {
    const engine = realEngine();
    const q = understand("how big was the yearly income rise for rain plan trainees", glossary, {
      known: (w) => engine.index.hasTerm(w),
    });
    const yearly = queryTerms(q, engine.index).find((t) => t.alts.some((a) => a.term === "year"));
    expect(yearly?.alts).toEqual(
      expect.arrayContaining([expect.objectContaining({ term: "annual", near: expect.any(Number) })]),
    );
  });
});
