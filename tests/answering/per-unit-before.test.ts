// An amount given "each" one of a group the sentence before counts (per-unit-before.ts
// countOfSentenceBefore, through per-unit-total.ts). A made-up report loaded from disk.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

const engine = madeUpGansuEngine({
  "Skills training":
    "The programme trained 15,200 people. Of which: short courses: 12,000 person-times; secondary vocational schooling of children from poor families: 3,200 people. Each student of vocational schooling received a grant of 2,000 Yuan.",
  "Nursing courses":
    "The colleges enrolled 900 students in nursing courses in the county and 600 students in nursing courses in the city. Each student of nursing courses received a stipend of 1,200 Yuan.",
  "Mountain rescue":
    "The county set up 420 mountain rescue teams with 3,100 volunteers. Each rescue team was allocated 50,000 Yuan for equipment, and the teams carried out 960 drills.",
  "Flood rescue":
    "The towns formed 300 flood rescue teams along the river and 150 flood rescue teams in the hills. Each rescue team was allocated 20,000 Yuan for boats.",
});

describe("an amount for each one of a group counted the sentence before", () => {
  it("multiplies by the one count the sentence before writes with the same words", () => {
    const a = engine.answer("What did the grants for vocational schooling students add up to in total?");
    expect(a).toMatchObject({ type: "derived", value: 6_400_000 });
    expect(a.text).toContain("2,000 Yuan × 3,200 people");
  });

  it("makes no total when two counts of the sentence before fit the words", () => {
    const a = engine.answer("What did the stipends for nursing course students add up to in total?");
    expect(a.type).not.toBe("derived");
  });

  it("still gives the amount each when that is asked", () => {
    expect(engine.answer("How large was the grant each vocational schooling student received?").value).toBe(
      2000,
    );
  });

  it("reads 'each <which> <one counted> was allocated' and pairs it from the count too", () => {
    const a = engine.answer(
      "If every mountain rescue team got its equipment money, what did that add up to in total?",
    );
    expect(a).toMatchObject({ type: "derived", value: 21_000_000 });
    expect(a.text).toContain("50,000 Yuan × 420");
  });

  it("makes no total from that opening when two counts of the sentence before fit", () => {
    const a = engine.answer(
      "If every flood rescue team got its boat money, what did that add up to in total?",
    );
    expect(a.type).not.toBe("derived");
  });
});
