// A word for money the report also writes in a sense of its own ("cash income"), asked in a
// question that wants an amount of money: read as money, weighing no more than the report's words for it.
import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/answering/engine.js";
import { realEngine } from "../support/knowledge.js";
import { termOfQuestion } from "../support/query-terms.js";

describe("queryTerms: a report word that means money in a money question", () => {
  let engine: Engine;
  beforeAll(() => {
    engine = realEngine();
  });
  const term = (text: string, t: string) => termOfQuestion(engine, text, t);

  it("takes the report's words for money as alternatives of 'cash'", () => {
    const cash = term("how much cash in small loans did Henan give out?", "cash");
    expect(cash?.alts.map((a) => a.term)).toEqual(expect.arrayContaining(["cash", "fund"]));
    expect(cash?.idf).toBeLessThanOrEqual(engine.index.idf("fund"));
  });

  it("reads 'cash' asked alone as the amount as money, even beside another word for money", () => {
    const cash = term("how much cash did the villagers put into the road funds?", "cash");
    expect(cash?.alts.map((a) => a.term)).toEqual(expect.arrayContaining(["cash", "monei"]));
    expect(cash?.idf).toBeLessThanOrEqual(engine.index.idf("fund"));
    // Beside another money word, and not the amount asked alone, it stays the report's cash.
    const income = term("how much cash income did the poverty money bring?", "cash");
    expect(income?.alts.map((a) => a.term)).toEqual(["cash"]);
  });

  it("keeps 'cash' as the report's own word when no amount of money is asked", () => {
    const cash = term("how many counties had cash income growth above the national average?", "cash");
    expect(cash?.alts.map((a) => a.term)).toEqual(["cash"]);
  });
});
