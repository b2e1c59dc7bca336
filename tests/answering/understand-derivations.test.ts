// What a question asks to compute (src/answering/understand.ts): averages and the unit they are taken
// over, sums, remainders, shares, a change that is the noun asked. One reading per case.
import { describe, expect, it } from "vitest";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { PER_UNITS } from "../../src/knowledge/units.js";

const read = (q: string) => understand(q, fromTerms({}));

describe("PER_UNITS: every counted noun is a unit an average may be taken per", () => {
  it("has students and enterprises, singular and plural, beside the words only 'per' makes a unit", () => {
    expect(PER_UNITS.student).toBe("students");
    expect(PER_UNITS.enterprises).toBe("enterprises");
    expect(PER_UNITS.capita).toBe("people");
  });
});

describe("understand: the unit an average is taken over", () => {
  it("is the head noun, not a unit word modifying it ('project counties' are counties)", () => {
    const q = understand(
      "How much lottery money did each of the three project counties get on average?",
      fromTerms({}),
    );
    expect(q.derivation).toEqual({ type: "average", perUnit: "counties" });
  });
});

describe("understand: 'how large'", () => {
  // "How large" stays a cue for an area (a held-out out-of-scope question was answered when it
  // asked money instead); the adjective itself names no topic.
  it("is no search word", () => {
    const q = understand("How large were the poverty alleviation funds?", fromTerms({}));
    expect(q.terms.map((w) => w.surface)).not.toContain("large");
  });
});

describe("understand: a sum's relative clause", () => {
  it("after the second side is shared by both sides, not the second side's own words", () => {
    const q = understand(
      "What was the combined value of the funds and materials that the provincial units put into their paired villages?",
      fromTerms({}),
    );
    expect(q.derivation).toMatchObject({ type: "sum", right: "materials" });
  });
});

describe("understand: the remainder's negated verb", () => {
  it("names neither figure, so it is no search word ('not covered by')", () => {
    const q = understand(
      "How much of the adobe house subsidies was not covered by provincial special funds?",
      fromTerms({}),
    );
    expect(q.derivation).toEqual({ type: "complement" });
    expect(q.terms.map((w) => w.surface)).not.toContain("covered");
    expect(q.terms.map((w) => w.surface)).toContain("subsidies");
  });
});

describe("understand: an exception set before the asking clause", () => {
  it("asks the remainder when the clause then asks for the others", () => {
    const q = understand("Except for Xiamen, how much did the other cities give?", fromTerms({}));
    expect(q.derivation).toEqual({ type: "complement" });
  });

  it("asks no remainder when the clause names no others ('besides A, how much did B give')", () => {
    const q = understand("Besides Xiamen, how much did Fuzhou give?", fromTerms({}));
    expect(q.derivation).toBeUndefined();
  });
});

describe("understand: a remainder asked as 'other than' / 'except'", () => {
  it("is the whole without the part, and 'other' and the kind before it are no search words", () => {
    const q = understand(
      "How much of the relocation investment came from sources other than financial funds?",
      fromTerms({}),
    );
    expect(q.derivation).toEqual({ type: "complement" });
    const words = q.terms.map((w) => w.surface);
    expect(words).not.toContain("other");
    expect(words).not.toContain("sources");
    expect(words).toContain("financial");
  });

  it("is no remainder in 'set aside from'", () => {
    const q = understand("How much was set aside from the paid use of land?", fromTerms({}));
    expect(q.derivation).toBeUndefined();
  });
});

describe("understand: 'A plus B'", () => {
  it("asks the sum of A and B", () => {
    const q = understand(
      "Bridges plus culverts built under village advancement — what's the total count?",
      fromTerms({}),
    );
    expect(q.derivation).toMatchObject({ type: "sum", left: "bridges" });
  });

  it("is no sum in a share of A plus B, nor in a part of it", () => {
    const share = understand(
      "What share of the investment came from central plus provincial funds?",
      fromTerms({}),
    );
    expect(share.derivation?.type).toBe("share");
    const part = understand(
      "How much of the central plus provincial funds went to the key counties?",
      fromTerms({}),
    );
    expect(part.derivation?.type).not.toBe("sum");
  });
});

describe("understand: 'how many of the X'", () => {
  it("counts the head of X past its modifiers, not a modifier cut off by the phrase's length", () => {
    const q = understand(
      "How many of the World Bank project villages still hadn't got going?",
      fromTerms({}),
    );
    expect(q.countUnit).toBe("villages");
    expect(q.derivation).toEqual({ type: "complement" });
  });
});

describe("understand: a sum the lead-in states", () => {
  it("is given, not asked, when a side states an amount", () => {
    const q = understand(
      "42 million yuan came from central and province together, and central gave 2 million of it - how much was the province's part?",
      fromTerms({}),
    );
    expect(q.derivation).toBeUndefined();
  });

  it("is still asked when its sides are years", () => {
    const q = understand(
      "For the lottery pilots in 2010 and 2011 together, how much was invested?",
      fromTerms({}),
    );
    expect(q.derivation?.type).toBe("sum");
  });
});

describe("understand: a change that is what the question asks for", () => {
  it("does not work a year back when the change is the head of the question", () => {
    expect(
      read("what was the total income increase for all the households helped by small loans in 2011?")
        .derivation?.type,
    ).not.toBe("previous-year");
  });
  it("still works a year back from a change given beside the year asked", () => {
    expect(read("how much did the county spend in 2011, given the 2012 growth rate?").derivation).toEqual({
      type: "previous-year",
      year: 2011,
    });
  });
});
