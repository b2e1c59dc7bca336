// An average's numerator: "how much" asks for an amount even when the question also says "the
// number of villages", and a count is averaged only when the question names what it counts; a count
// that merely matches ("bridges" beside "invested per village") gave "0.16 bridges per village". A
// count written in another word for the unit asked ("persons" for "how many people") names it. A
// house is a unit of its own ("per house" is not per household).
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("what an average divides", () => {
  const engine = madeUpGansuEngine({
    "Whole village advancement":
      "In 2012, whole village advancement invested 500 million Yuan in 250 poor villages, and the projects built 40 bridges and 3,000 km of roads.",
    "Ecological migration":
      "In 2012, the resettled households (2,000) and resettled persons (9,000) moved into new towns. Of the funds, 3,200 low-income people received training.",
    "Housing safety":
      "In 2012, the county rebuilt old houses of herding families (1,200), and the subsidies for the rebuilding amounted to 36 million Yuan.",
  });

  it("divides the amount when 'how much' is asked, whatever else the question names", () => {
    const a = engine.answer(
      "roughly how much was invested per village, dividing the total investment by the number of villages?",
    );
    expect(a).toMatchObject({ type: "derived", value: 2_000_000 });
  });

  it("divides a count only when the question names what it counts", () => {
    expect(engine.answer("how many bridges per village did the projects build?")).toMatchObject({
      type: "derived",
      value: 0.16,
    });
  });

  it("divides a count written in another word for the people asked about", () => {
    expect(
      engine.answer("on average how many people were in each resettled household in 2012?"),
    ).toMatchObject({ type: "derived", value: 4.5 });
  });

  it("divides per house, not per the households the houses belong to", () => {
    expect(
      engine.answer("what was the average subsidy per old house rebuilt for herding families in 2012?"),
    ).toMatchObject({ type: "derived", value: 30_000 });
  });
});
