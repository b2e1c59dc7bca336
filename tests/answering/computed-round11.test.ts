// Computations on reports nobody annotated (round eleven): each case an invented sentence in the
// series' style showing one general rule.
import { afterAll, describe, expect, it } from "vitest";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { PER_UNITS } from "../../src/knowledge/units.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

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

describe("compute: averages and totals from made-up sentences", () => {
  const engine = () =>
    madeUpGansuEngine({
      Overview:
        " The association distributed love packages worth 2.86 million Yuan to 28,600 students in poor areas. A total of 84 million Yuan of central and provincial funds was arranged for the training, 9.5 million Yuan more than in the previous year. The projects were launched in three counties, with a planned investment of 156.3 million Yuan, of which 60 million Yuan was central lottery public welfare fund and 96.3 million Yuan was integrated funds.",
    });

  it("divides by a count of students for a figure per student", () => {
    const a = engine().answer("What were the love packages worth per student?");
    expect(a).toMatchObject({ type: "derived", value: 100 });
  });

  it("averages the part the question names, not its whole nearer the count", () => {
    const a = engine().answer(
      "How much central lottery public welfare fund money did each of the three counties get on average?",
    );
    expect(a).toMatchObject({ type: "derived", value: 20000000 });
  });

  it("works a year back from 'N more than in the previous year'", () => {
    const a = engine().answer(
      "How much central and provincial training money was arranged in the year before 2012?",
    );
    expect(a).toMatchObject({ type: "derived", value: 74500000 });
  });
});

describe("compute: ratio and share from made-up sentences", () => {
  const engine = () =>
    madeUpGansuEngine({
      Overview:
        " The whole province invested a total of 1.862 billion Yuan in poverty alleviation. Of the total, financial poverty alleviation funds came to 736 million Yuan, of which 428 million Yuan was from the central government and 308 million Yuan was from the province; 874 million Yuan was integrated funds of industry departments; and 252 million Yuan was raised from the society. The province arranged 12.4 million Yuan of discount interest funds for leading enterprises, and bank loans of 620 million Yuan were issued by discount interest funds to leading enterprises.",
    });

  it("a ratio per Yuan divides what the other side names by the divisor, paired in one sentence", () => {
    const a = engine().answer(
      "For every Yuan of discount interest given to leading enterprises, how many Yuan of bank loans were issued?",
    );
    expect(a).toMatchObject({ type: "derived", value: 50 });
  });

  it("a share of 'the total' a sentence opens with is of the total of the sentence before", () => {
    const a = engine().answer(
      "What percentage of the total poverty alleviation investment came from integrated funds of industry departments?",
    );
    expect(a.type).toBe("derived");
    expect(a.value).toBeCloseTo(46.94, 2);
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
