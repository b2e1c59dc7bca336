// "What are/were the (two) <qualified plural noun> …" asks for names as "what counties …" does: the
// noun after "the" and its qualifiers is what the names are of. Questions made up for this test.
import { describe, expect, it } from "vitest";
import { whatAreThe } from "../../src/answering/names.js";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const read = (q: string) => understand(q, fromTerms({}), { names: [] });

describe("whatAreThe: the plural noun a 'what were the …' question asks of", () => {
  it("is the first plural after up to three qualifying words", () => {
    expect(whatAreThe("what were the two alder pilot counties for the grant?")?.[1]).toBe("counties");
    expect(whatAreThe("what are the national key counties?")?.[1]).toBe("counties");
  });

  it("is no noun of a phrase after 'of', and no possessive", () => {
    expect(whatAreThe("what were the incomes of the counties?")?.[1]).toBe("incomes");
    expect(whatAreThe("what were the counties’ funds?")).toBeNull();
    expect(whatAreThe("what was the number of counties?")).toBeNull();
  });
});

describe("understand: 'what were the two pilot counties' asks for names", () => {
  it("asks for names of counties, whatever money words it holds", () => {
    const q = read("What were the two pilot counties for the grant-funded village work in 2010?");
    expect(q.asksNames).toBe(true);
    expect(q.nameKind).toBe("county");
  });

  it("asks no names of a noun the report does not name", () => {
    expect(read("What were the gift boxes for the pupils worth in 2011?").asksNames).toBe(false);
    expect(read("What were the incomes of the pilot counties in 2011?").asksNames).toBe(false);
  });
});
