// "What percentage of the fiscal funds came from the central government?": a share of the whole
// named after "of", never the growth rate of the sentence (engine.ts statesTheComputation; compute.ts
// share sidesFit). A made-up report loaded from disk.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("a share asked of a whole named after 'of'", () => {
  const engine = madeUpGansuEngine({
    "Investment of funds":
      "In 2012, the province invested a total of 6.254 billion Yuan in poverty alleviation and development, up 21.4% over the previous year, of which: 2.718 billion Yuan was fiscal poverty alleviation funds (of which 1.862 billion Yuan was from the central government and 516 million Yuan was from the provincial finance), and 3.536 billion Yuan was credit funds.",
  });

  it("divides the part after the verb by the whole after 'of', not the growth rate", () => {
    const a = engine.answer(
      "What percentage of the province's 2012 fiscal poverty alleviation funds came from the central government?",
    );
    expect(a.type).toBe("derived");
    expect(a.value).toBeCloseTo(68.51, 2);
  });

  it("still gives the stated growth when a change is asked", () => {
    const a = engine.answer(
      "By what percent did the poverty alleviation investment increase over the previous year?",
    );
    expect(a.value).toBe(21.4);
  });
});
