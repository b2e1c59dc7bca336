// A change over the year before written with that year's number ("an increase of 410 over 2011" in
// a 2012 report): the year before is worked back from it as from "over the previous year"
// (relations.ts).
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("a change over the year before, named by its number", () => {
  const engine = madeUpGansuEngine({
    Industry:
      "The number of growers' associations in the province reached 3,310, an increase of 410 over 2011, with 52,000 member households.",
  });

  it("works the year before back from the level and the increase", () => {
    const a = engine.answer("How many growers' associations were there in 2011?");
    expect(a).toMatchObject({ type: "derived", value: 2900 });
  });
});
