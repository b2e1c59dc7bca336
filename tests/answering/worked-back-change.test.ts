// A year's figure worked back from the next year's and its stated change (compute.ts workedBack):
// a change that names its figure only with the section's title, an amount of change that names no
// figure (never divided as if it were a level), and a rate changed by percentage points.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("working back to the year before", () => {
  const engine = madeUpGansuEngine({
    Overview:
      "In 2012, 1.42 million rural poor people were lifted out of poverty; the poverty incidence was 14.7%, down 3.2 percentage points from the previous year.",
    "Investment of anti-poverty funds":
      "Of the fiscal funds, 1.526 billion Yuan came from the central government and 1.094 billion Yuan from the provincial government. Compared with 2011, provincial fiscal anti-poverty funds increased by 236 million Yuan, up 27.5%.",
  });

  it("reads the changed figure with its section's title: the level minus the increase", () => {
    const a = engine.answer("How much provincial fiscal anti-poverty money did Gansu have in 2011?");
    expect(a).toMatchObject({ type: "derived", value: 858_000_000 });
  });

  it("a rate changed by points: the rate plus the points it fell", () => {
    const a = engine.answer("What was Gansu's poverty incidence in 2011?");
    expect(a).toMatchObject({ type: "derived", value: 17.9 });
  });
});
