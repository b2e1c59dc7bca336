// A clause joining several figures: the words about the next figure are not this one's.
import { describe, expect, it } from "vitest";
import { isRate } from "../../src/answering/compute.js";
import { ownPartOfClause } from "../../src/answering/figure-clause.js";
import type { Entry } from "../../src/knowledge/schema.js";

const entry = (written: string, context: string, label = "Wells dug") =>
  ({ kind: "count", written, context, label, unit: "wells" }) as unknown as Entry;

describe("the figure's own part of its clause", () => {
  it("cuts at 'and' or a comma when another figure shares the clause", () => {
    const e = entry("300 wells", "the county dug 300 wells and the cost per well was 2,000 Yuan");
    expect(ownPartOfClause(e)).toBe("the county dug 300 wells");
    expect(isRate(e)).toBe(false);
  });

  it("keeps the whole clause when it holds no other figure (a year is none)", () => {
    const e = entry("1,500 Yuan", "in 2012 each household received 1,500 Yuan", "Aid received");
    expect(ownPartOfClause(e)).toBe(e.context);
    expect(isRate(e)).toBe(true);
  });

  it("still reads a rate written in the figure's own part", () => {
    const e = entry(
      "800 Yuan",
      "it built 40 ponds, and income per household rose by 800 Yuan",
      "Income rise",
    );
    expect(ownPartOfClause(e)).toBe("income per household rose by 800 Yuan");
    expect(isRate(e)).toBe(true);
  });
});
