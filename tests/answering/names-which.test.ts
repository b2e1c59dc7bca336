// A "which" standing inside a question asks for names as one opening it does.
import { describe, expect, it } from "vitest";
import { whichInside } from "../../src/answering/names.js";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const read = (q: string) => understand(q, fromTerms({}), { names: [] });

describe("whichInside: a 'which' after a preposition or 'be', with no question word before it", () => {
  it("gives the noun asked of", () => {
    expect(whichInside("the alder pilot counties are in which cities?")?.[1]).toBe("cities");
    expect(whichInside("together with which bodies did the office hold the fair?")?.[1]).toBe("bodies");
    expect(whichInside("the grants went to which three towns?")?.[1]).toBe("towns");
  });

  it("a 'which' after a fronted phrase and its comma asks; after any other comma it is relative", () => {
    expect(whichInside("apart from the pilot towns, which other towns built wells?")?.[1]).toBe("other");
    expect(whichInside("in 2012, which counties built wells?")?.[1]).toBe("counties");
    expect(whichInside("the town built 40 wells, which was 10% of the plan. what was the plan?")).toBeNull();
    expect(whichInside("in 2012 the town built 40 wells, which was half the plan")).toBeNull();
  });

  it("a relative 'which' after another question word asks nothing", () => {
    expect(whichInside("what was spent in the year in which the pilots began?")).toBeNull();
    expect(whichInside("how much went to the towns in which pilots ran?")).toBeNull();
  });
});

describe("understand: names asked by a 'which' inside the question", () => {
  it("asks for names, of the kind its noun counts", () => {
    const q = read("The pilots were launched in which counties?");
    expect(q.asksNames).toBe(true);
    expect(q.nameKind).toBe("county");
    expect(read("The alder pilot counties are in which cities?").asksNames).toBe(true);
  });

  it("a figure question with a relative 'which' asks for no names", () => {
    expect(read("What was spent in the year in which the pilots began?").asksNames).toBe(false);
  });
});

describe("understand: 'where' asks for places", () => {
  it("asks for names, whatever money words it holds", () => {
    expect(read("Where were the lottery fund pilot projects launched?").asksNames).toBe(true);
  });

  it("where money came from or went, and how much, ask no names", () => {
    expect(read("Where did the lottery fund money come from?").asksNames).toBe(false);
    expect(read("Where did the lottery fund money go?").asksNames).toBe(false);
    expect(read("Where was it, and how much was spent?").asksNames).toBe(false);
  });
});
