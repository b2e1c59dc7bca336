// Computations on reports nobody annotated (round twelve): each case an invented sentence in the
// series' style showing one general rule.
import { afterAll, describe, expect, it } from "vitest";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

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

describe("compute: remainders, averages, totals and earlier years from made-up sentences", () => {
  const engine = () =>
    madeUpGansuEngine({
      Relocation:
        " A total of 2.41 billion Yuan was invested in relocation, of which 928 million Yuan was financial poverty alleviation funds and the remainder was raised from local governments and bank credit.",
      "Village advancement":
        " In 2012, the province planned to implement village advancement in 1,600 poor villages. By the end of December, 1,688 villages had completed their projects. The total investment was 3.127 billion Yuan, of which 1.146 billion Yuan was financial funds.",
      "Foreign projects":
        " The World Bank project covered 204 project villages, and the investment completed by the project was 213.6 million Yuan.",
      Education:
        " The province granted a one-off subsidy of 5,000 Yuan each to 37,800 college freshmen from poor families.",
      Cooperation:
        " The paired cities provided 212 million Yuan of aid funds for the province, up 18.4% over the previous year.",
    });

  it("gives the whole other than the part named", () => {
    const a = engine().answer(
      "How much of the relocation investment came from sources other than financial poverty alleviation funds?",
    );
    expect(a).toMatchObject({ type: "derived", value: 1_482_000_000 });
  });

  it("averages the programme's own amount and count, not another programme's better-matching amount", () => {
    const a = engine().answer(
      "On average, how much was invested per village that completed village advancement?",
    );
    expect(a).toMatchObject({ type: "derived", value: 1_852_488.15 });
  });

  it("multiplies 'N Yuan each to M freshmen'", () => {
    const a = engine().answer(
      "How much did the province spend altogether on the one-off grants to college freshmen?",
    );
    expect(a).toMatchObject({ type: "derived", value: 189_000_000 });
  });

  it("works back a year the report has no figure of from the next year's figure and its growth", () => {
    const a = engine().answer("How much aid did the paired cities provide in 2011?");
    expect(a.type).toBe("derived");
    expect(a.value).toBeCloseTo(179_054_054.05, 0);
  });
});
