// "Was there more X in 2011 than in 2010? How much more?": where the report gives each year's figure
// on its own, with no change over the previous year, the two years' figures are compared (engine.ts
// twoYearsCompared); a bare "how much more?" after the yes/no question asks that comparison's
// difference (forms.ts); "across both years, 2010 and 2011" adds the two years (understand.ts).
import { afterAll, describe, expect, it } from "vitest";
import { formOf } from "../../src/answering/forms.js";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("two years of one thing", () => {
  const engine = madeUpGansuEngine({
    "Lottery fund":
      "In 2010, the central lottery fund gave 17 million Yuan to the pilot counties. In 2011, the central lottery fund gave 45 million Yuan to the pilot counties.",
  });

  it("compares the years' own figures, with the difference when asked", () => {
    const a = engine.answer("Was there more central lottery fund money in 2011 than in 2010? How much more?");
    expect(a).toMatchObject({ type: "comparison", verdict: "yes", value: 28_000_000 });
    expect(engine.answer("Was there less central lottery fund money in 2011 than in 2010?")).toMatchObject({
      type: "comparison",
      verdict: "no",
    });
  });

  it("adds the two years a 'both' announces", () => {
    const read = (q: string) => understand(q, fromTerms({}), {}).derivation;
    expect(
      read("how much lottery money went to the counties across both years, 2010 and 2011?"),
    ).toMatchObject({
      type: "sum",
      left: "2010",
      right: "2011",
    });
    expect(
      engine.answer(
        "How much central lottery fund money went to the pilot counties across both years, 2010 and 2011?",
      ),
    ).toMatchObject({ type: "derived", value: 62_000_000 });
  });

  it("reads a bare 'how much more?' after a yes/no question as part of it", () => {
    const q = "was there more lottery money in 2011 than in 2010? how much more?";
    expect(formOf(q, q, "how much more?")).toMatchObject({ type: "check", against: "previous" });
  });
});
