// The two sides of a comparison (judge.ts judgeComparison) on a report nobody annotated: a total
// is never weighed against one of its own parts, a verb of giving with a bare "more" weighs money,
// and counts of two different things are weighed only when each side names what it counts.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

const engine = madeUpGansuEngine({
  "Industrial poverty alleviation":
    "In 2012, the province developed 900,000 mu of characteristic industries in poor areas, of which 300,000 mu was fruit, 250,000 mu was tea and 350,000 mu was walnut.",
  "Social poverty alleviation":
    "In 2012, 500 private enterprises were paired with 600 poor villages and invested 300 million Yuan. A total of 80 provincial units were paired with 160 poor villages, investing 120 million Yuan in them.",
  "Foreign-funded poverty alleviation":
    "The Fifth Poverty Reduction Project was launched in five counties in March 2012. The project financed by the Asian Development Bank covered 90 villages and disbursed 15 million Yuan in 2012.",
});

describe("a comparison's two sides", () => {
  it("are never a total and a part listed after its 'of which'", () => {
    const a = engine.answer(
      "Was more land planted with fruit or with walnut in the characteristic industries?",
    );
    expect(a).toMatchObject({ type: "comparison", value: 350_000 });
    expect(a.text.split("\n")[0]).not.toContain("900,000 mu");
  });

  it("weigh money when a verb of giving takes a bare 'more'", () => {
    const a = engine.answer(
      "Did the private enterprises put more into poor villages than the provincial units did?",
    );
    expect(a).toMatchObject({ type: "comparison", verdict: "yes", value: 300_000_000 });
  });

  it("are not counts of two different things neither side names: no answer rather than counties against villages", () => {
    const a = engine.answer(
      "Was the Fifth Poverty Reduction Project input bigger than what the Asian Development Bank project disbursed?",
    );
    expect(a.text).not.toMatch(/villages? (?:is|more)|counties more/);
    expect(a.value === null || a.value === 15_000_000).toBe(true);
  });
});
