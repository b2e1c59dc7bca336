// "How much did B put in, given A's share?": a clause after the asking one that hands over what to
// work from names an input: it sets neither the kind of figure asked (a "share" here is A's money,
// not a percentage) nor the search's words, nor the asking clause (understand.ts GIVEN_AFTER).
import { describe, expect, it } from "vitest";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const read = (q: string) => understand(q, fromTerms({}));

describe("a trailing 'given …' clause", () => {
  it("names no kind: the asking clause's money is asked, not the share's percentage", () => {
    const q = read("How much did the county government put into the bridge works, given the city share?");
    expect(q.kinds[0]).toBe("money");
    expect(q.clause).not.toContain("given");
  });

  it("lends the search none of its words", () => {
    const q = read("How much did the county government put into the bridge works, given the city share?");
    expect(q.terms.map((t) => t.surface)).not.toContain("city");
  });

  it("is no given clause when 'given' asks what was given", () => {
    const q = read("How much money was given to the bridge works by the city?");
    expect(q.terms.map((t) => t.surface)).toContain("city");
  });
});

describe("a trailing 'at the … rate per X' clause", () => {
  it("asks the total, in money, not an average per X or a rate", () => {
    const q = read("What did the school meal grants add up to in all, at the standard rate per household?");
    expect(q.derivation).toEqual({ type: "total" });
    expect(q.kinds[0]).toBe("money");
  });

  it("leaves a 'per X' the asking clause itself writes an average", () => {
    const q = read("How much did the school meal grants come to per household, at the standard rate?");
    expect(q.derivation?.type).toBe("average");
  });

  it("is no input clause when no 'per' follows the rate", () => {
    const q = read("How much were the school meal grants in all, at the rate of the county?");
    expect(q.clause).toContain("rate");
  });
});

describe("a trailing 'given …' clause with a decimal", () => {
  it("runs past the decimal point of the share it hands over", () => {
    const q = read("How much went to the mountain townships, given the 62.5% share?");
    expect(q.kinds[0]).not.toBe("percent");
    expect(q.clause).not.toContain("given");
  });
});
