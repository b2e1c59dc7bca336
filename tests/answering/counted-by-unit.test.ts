// Counts of two different things are weighed when each side names what it counts, by the figure's
// own noun or by a noun read as its unit: "trainees" name a figure in people (judge.ts countsComparable).
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

const engine = madeUpGansuEngine({
  "Rain Plan":
    "In 2012, the Rain Plan trained up 74,000 people, 104% of the annual plan of 71,000; of them, 20,300 took part in vocational education.",
  "Dairy cooperatives":
    "Households signed up with the dairy cooperatives were 81,000 this year against 66,000 last year, and each household got about 1,900 yuan more income.",
});

describe("counts of different things, each side naming its own", () => {
  it("weighs households against trainees counted in people", () => {
    const a = engine.answer(
      "Did the dairy cooperatives have more member households than the Rain Plan had trainees?",
    );
    expect(a).toMatchObject({ type: "comparison", verdict: "yes", value: 81_000 });
  });
});
