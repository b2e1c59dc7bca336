// Comparisons whose sides are the report's groups by order (groups.ts, judge.ts, forms.ts): the
// figure of each group is the count in the sentence that gives it, whether the sentence names its
// ordinal or the section announces the groups and then gives them in turn.
import { afterAll, describe, expect, it } from "vitest";
import { formOf } from "../../src/answering/forms.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

const engine = madeUpGansuEngine({
  "Pilot work of contiguous development":
    "The province launched the pilot projects of contiguous development in six key counties in two batches. The pilot work in Anding County, Min County and Zhang County covered 31 poverty-stricken villages. The three counties all completed their projects in 2011. The pilot work in Li County, Tanchang County and Kang County involved 37 poverty-stricken villages. The province issued the project funds in October.",
  "Entire village advancement":
    "The first batch of demonstration townships, namely Gaoping, Xinzhuang and Baima, covered 20 poor villages. The second batch of demonstration townships involved 26 poor villages and was approved in September.",
});

describe("groups compared by their order", () => {
  it("reads the groups a section announces in the order it gives them", () => {
    const a = engine.answer(
      "Which batch of contiguous development pilots covered more villages, the first or the second?",
    );
    expect(a).toMatchObject({ type: "comparison", value: 37 });
    expect(a.text).toContain("31");
  });

  it("reads a side with a bracketed list as one side", () => {
    const a = engine.answer(
      "Did the first batch of contiguous development pilot counties (Anding, Min, Zhang) cover more villages than the second batch?",
    );
    expect(a).toMatchObject({ type: "comparison", verdict: "no" });
  });

  it("takes the group a sentence names by its ordinal", () => {
    const a = engine.answer(
      "Did the first batch of demonstration townships cover fewer poor villages than the second batch?",
    );
    expect(a).toMatchObject({ type: "comparison", verdict: "yes", value: 20 });
  });

  it("weighs the two groups when the question names no sides, and gives the difference asked", () => {
    const a = engine.answer(
      "Which batch of contiguous development pilots covered more villages, and by how many more?",
    );
    expect(a).toMatchObject({ type: "comparison", value: 6 });
  });
});

describe("the form of a comparison of groups", () => {
  it("keeps a bracketed list inside its side", () => {
    const f = formOf("which batch covered more poor villages, the first (Anding, Min, Zhang) or the second?");
    expect(f).toMatchObject({ type: "comparison", right: "second" });
    expect(f && "left" in f && f.left).toMatch(/^first/);
  });

  it("reads 'which batch … more …?' as the first against the second, unnamed", () => {
    expect(formOf("which batch of pilots covered more villages?")).toMatchObject({
      type: "comparison",
      left: "first",
      right: "second",
      unnamed: true,
    });
  });
});
