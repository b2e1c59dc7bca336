// A report verb asked as a noun ("the boost to farm income" where the report writes only
// "boosting"): the noun's same senses in the report's words are its alternatives, and a word of
// the same sense brings the report's listed synonyms of it ("rise": growth).
import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/answering/engine.js";
import { isVerbAskedAsNoun } from "../../src/answering/rank.js";
import { realEngine } from "../support/knowledge.js";
import { altsOfTerm } from "../support/query-terms.js";

describe("queryTerms: a report verb asked as a noun", () => {
  let engine: Engine;
  beforeAll(() => {
    engine = realEngine();
  });
  const alts = (text: string, t: string) => altsOfTerm(engine, text, t);
  const boost = { term: "boost", quality: 1 };

  it("reads a bare form the report writes only as '-ing' or '-ed' as a noun", () => {
    expect(isVerbAskedAsNoun("what was the boost to farm income?", "boost", boost, engine.index)).toBe(true);
  });

  it("not after an auxiliary or 'to', where the bare form is the verb", () => {
    expect(isVerbAskedAsNoun("did the loans boost farm income?", "boost", boost, engine.index)).toBe(false);
    expect(isVerbAskedAsNoun("what was done to boost farm income?", "boost", boost, engine.index)).toBe(
      false,
    );
  });

  it("not a form the report writes as such", () => {
    const funds = { term: "fund", quality: 1 };
    expect(isVerbAskedAsNoun("what were the funds for?", "funds", funds, engine.index)).toBe(false);
  });

  it("takes the noun's same sense and the report's synonyms of it", () => {
    expect(alts("what was the boost to farm income in the key counties?", "boost")).toEqual(
      expect.arrayContaining(["boost", "rise", "growth"]),
    );
    expect(alts("did the loans boost farm income in the key counties?", "boost")).toEqual(["boost"]);
  });

  it("a word the report lacks takes the listed synonyms of its same-sense rewording", () => {
    // "gain" is "increase" in WordNet's same sense; the report's synonyms of "increase" include "growth".
    expect(alts("what was the income gain of the trainees?", "?gain")).toEqual(
      expect.arrayContaining(["increas", "growth"]),
    );
  });
});
