// A divisor counts the set its dividend's sentence speaks of: a count given for named cities or
// counties is their part, not the whole an unplaced amount is spread over (divisor-place.ts).
import { afterAll, describe, expect, it } from "vitest";
import { countsOnlyNamedPlaces } from "../../src/answering/divisor-place.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("countsOnlyNamedPlaces", () => {
  const amount = "The programme invested 900 million yuan in total.";
  const placed = "Alpha City and Beta County built roads in 300 villages, over half of the total.";
  it("is true for a placed count beside an unplaced amount", () => {
    expect(countsOnlyNamedPlaces("how much per village?", amount, placed, "300 villages")).toBe(true);
  });
  it("is false when the places are named after the count, as where the whole count lies", () => {
    const listed = "The funds went to 85 villages in 8 counties, namely Alpha County and Beta County.";
    expect(countsOnlyNamedPlaces("how much per village?", amount, listed, "85 villages")).toBe(false);
  });
  it("is false when the count names no place, or the amount or question names one", () => {
    expect(
      countsOnlyNamedPlaces("how much per village?", amount, "Roads reached 500 villages.", "500 villages"),
    ).toBe(false);
    expect(
      countsOnlyNamedPlaces(
        "how much per village?",
        "Alpha City invested 90 million yuan.",
        placed,
        "300 villages",
      ),
    ).toBe(false);
    expect(countsOnlyNamedPlaces("how much per village in Alpha City?", amount, placed, "300 villages")).toBe(
      false,
    );
  });
});

describe("an average per village over the whole count, not a part by place", () => {
  const engine = madeUpGansuEngine({
    "Village Roads":
      "In 2012, the province completed road building in 500 villages. The total investment in the projects was 900 million yuan. Alpha City and Beta County carried out the village road projects in 300 villages, over half of the total.",
  });

  it("divides the amount by the villages of the whole province", () => {
    const a = engine.answer("On average, how much was invested per village in the village road projects?");
    expect(a).toMatchObject({ type: "derived", value: 1_800_000 });
  });
});
