// "How many times bigger were A than B", "A was how many times B": a multiple asked is A ÷ B of two
// figures of one kind, given in "times"; neither figure is the answer, and figures of two kinds
// (Yuan against households) make no multiple.
import { afterAll, describe, expect, it } from "vitest";
import { multipleAsked, understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("multipleAsked", () => {
  it("reads the divisor after 'than' or after 'how many times'", () => {
    expect(
      multipleAsked("how many times larger was the credit than the seed money for the cooperatives?"),
    ).toBe("the seed money for the cooperatives");
    expect(multipleAsked("the credit raised was how many times the seed money?")).toBe("the seed money");
    expect(multipleAsked("the credit was how many times that of the seed money?")).toBe("the seed money");
  });

  it("reads no multiple where no divisor is named", () => {
    expect(multipleAsked("how many times did the experts visit the villages?")).toBeUndefined();
  });

  it("asks for no kind of figure: 'times' counts nothing", () => {
    const q = understand("How many times bigger was the credit than the seed money?", fromTerms({}));
    expect(q.derivation).toMatchObject({ type: "ratio", times: true });
    expect(q.kinds).toEqual([]);
  });
});

describe("a multiple computed", () => {
  const engine = madeUpGansuEngine({
    "Cooperative credit":
      "The province set aside 50 million Yuan of seed money for cooperatives, which attracted 1.6 billion Yuan of bank credit. 3,200 households joined the cooperatives.",
  });

  it("divides the one figure by the other", () => {
    const a = engine.answer(
      "How many times bigger was the bank credit than the seed money for cooperatives?",
    );
    expect(a).toMatchObject({ type: "derived", value: 32 });
    expect(a.text).toContain("times");
  });

  it("in the other word order too", () => {
    const a = engine.answer("The bank credit attracted was how many times the seed money set aside?");
    expect(a).toMatchObject({ type: "derived", value: 32 });
  });
});
