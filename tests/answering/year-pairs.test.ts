// A question joining two years asks about one thing in each: pairs labelled alike apart from their
// years weigh more; sides that each describe their own measure are not weighed this way.
import { describe, expect, it } from "vitest";
import type { Entry } from "../../src/knowledge/schema.js";
import { labelLikeness, yearPairWeigh } from "../../src/answering/year-pairs.js";

const entry = (label: string) => ({ kind: "money", label, context: "", unit: "Yuan" }) as unknown as Entry;
const central2010 = entry("Central welfare fund for the 2010 pilots");
const central2011 = entry("Central welfare fund for the 2011 pilots");
const integrated2011 = entry("Integrated funds for the 2011 pilots");

describe("labelLikeness", () => {
  it("is 1 for labels alike apart from their years, less for other measures", () => {
    expect(labelLikeness(central2010, central2011)).toBe(1);
    expect(labelLikeness(central2010, integrated2011)).toBeLessThan(0.5);
  });
});

describe("yearPairWeigh", () => {
  it("favours the pair labelled alike when the question joins the two years", () => {
    const weigh = yearPairWeigh(
      "how much central money did the 2010 and 2011 pilots receive altogether?",
      "central money did the 2010",
      "2011 pilots receive",
    );
    expect(weigh?.(central2010, central2011)).toBeGreaterThan(weigh?.(central2010, integrated2011) ?? 0);
  });

  it("not when each side names its own measure in its own year", () => {
    expect(
      yearPairWeigh(
        "was the 2011 planned investment bigger than the 2010 total?",
        "the 2011 planned investment",
        "the 2010 total",
      ),
    ).toBeUndefined();
  });

  it("not when the sides name one year or none", () => {
    expect(yearPairWeigh("A and B in 2010 and 2011", "A", "B")).toBeUndefined();
  });
});
