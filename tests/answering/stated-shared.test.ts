// A figure a comparison states outside its two sides is the whole they split (or a bound), never
// a side; a stated whole that is a breakdown's total makes the sides two of its parts
// (src/answering/stated-shared.ts).
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

const engine = madeUpGansuEngine({
  Microcredit:
    "Of the 3.2 billion yuan of poverty alleviation discount loans issued in 2012, 1.4 billion yuan went to households and 1.8 billion yuan to enterprises and projects, and 90 million yuan of discount funds was arranged. The household loans benefited 40,000 poor households.",
  Relocation: "The province moved 8,000 households, against a plan of 7,500 households.",
});

describe("a figure the comparison states outside its sides", () => {
  it("is the whole the sides split: they are its parts, not a figure sharing its words", () => {
    const a = engine.answer(
      "Did households or enterprises and projects get more of the 3.2 billion yuan of discount loans?",
    );
    expect(a).toMatchObject({ type: "comparison", value: 1_800_000_000 });
    expect(a.text).toContain("1.4 billion yuan");
  });

  it("a figure a side states is that side's own", () => {
    const a = engine.answer("Did the province move more households than the 7,500 it planned?");
    expect(a).toMatchObject({ verdict: "yes", value: 8_000 });
  });
});
