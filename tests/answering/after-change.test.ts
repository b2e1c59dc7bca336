// "… after the 2012 rise": the level a change led to is the year's own figure; the change noun dates
// it and is no search word, and no year is worked back.
import { describe, expect, it } from "vitest";
import { afterChangeNoun } from "../../src/answering/after-change.js";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const read = (q: string) => understand(q, fromTerms({}));
const words = (q: string) => read(q).terms.map((t) => t.surface);

describe("afterChangeNoun", () => {
  it("finds the change noun of an 'after the (year's) change' phrase", () => {
    expect(afterChangeNoun("what was the subsidy after the 2012 rise?")).toBe("rise");
    expect(afterChangeNoun("how big was the grant after this year's adjustment?")).toBe("adjustment");
    expect(afterChangeNoun("the fee following the price hike")).toBe("hike");
    expect(afterChangeNoun("how much did the subsidy rise in 2012?")).toBeUndefined();
  });
});

describe("understand: a level dated by the change it followed", () => {
  it("searches the level without the change noun and works no year back", () => {
    const q = "What was the school meal subsidy per pupil after the 2012 increase?";
    expect(words(q)).not.toContain("increase");
    expect(words(q)).toContain("subsidy");
    expect(read(q).derivation?.type).not.toBe("previous-year");
  });
});
