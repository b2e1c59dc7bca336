// The words one slip from a typed word, with the kind of slip, likeliest first.
import { describe, expect, it } from "vitest";
import { SLIP, likeliest, oneSlipAway } from "../../src/text/typos.js";

const among = (words: string[]) => {
  const known = new Set(words);
  return (w: string) => known.has(w);
};

describe("oneSlipAway: words one typing slip from the word typed", () => {
  it("names the slip: a dropped, swapped, doubled, wrong or stray letter", () => {
    const has = among(["amount", "leading", "money", "funds", "sport"]);
    expect(oneSlipAway("amout", has)).toEqual([{ word: "amount", slip: SLIP.dropped }]);
    expect(oneSlipAway("laeding", has)).toEqual([{ word: "leading", slip: SLIP.swapped }]);
    expect(oneSlipAway("monney", has)).toEqual([{ word: "money", slip: SLIP.doubled }]);
    expect(oneSlipAway("fonds", has)).toEqual([{ word: "funds", slip: SLIP.wrong }]);
    expect(oneSlipAway("spoart", has)).toEqual([{ word: "sport", slip: SLIP.stray }]);
  });

  it("puts the likelier slip first, whatever a fuzzy score would say", () => {
    // "about" is a wrong letter from "amout", "amount" a dropped one.
    const found = oneSlipAway("amout", among(["about", "amount"]));
    expect(found.map((f) => f.word)).toEqual(["amount", "about"]);
    expect(likeliest(found).map((f) => f.word)).toEqual(["amount"]);
  });

  it("keeps every word behind equally likely slips, and nothing two slips away", () => {
    const found = oneSlipAway("lans", among(["loans", "lands", "plans", "land", "lines"]));
    // "plans" drops the first letter, the one seldom slipped; "land" is a key beside ("s" for "d").
    expect(likeliest(found).map((f) => f.word)).toEqual(["loans", "lands"]);
    expect(found.map((f) => f.word)).not.toContain("lines");
  });

  it("never gives the word typed itself", () => {
    expect(oneSlipAway("rain", among(["rain"]))).toEqual([]);
  });
});

describe("oneSlipAway: a token longer than any word", () => {
  it("is no misspelling and costs nothing (every slip of 6,000 letters was tried before)", () => {
    let asked = 0;
    expect(oneSlipAway("ab".repeat(3000), () => (asked++, false))).toEqual([]);
    expect(asked).toBe(0);
  });
});

describe("oneSlipAway: the wrong letter doubled", () => {
  const english = new Set(["supposed", "opposed", "committee"]);
  it("finds the word whose double letter the typing moved", () => {
    expect(oneSlipAway("supossed", (w) => english.has(w))).toEqual([
      { word: "supposed", slip: SLIP.movedDouble },
    ]);
    expect(oneSlipAway("comittee", (w) => english.has(w))[0]?.word).toBe("committee");
  });

  it("ranks it after a letter left out, swapped or typed twice", () => {
    expect(SLIP.movedDouble).toBeGreaterThan(SLIP.doubled);
    expect(SLIP.movedDouble).toBeLessThan(SLIP.wrong);
  });
});
