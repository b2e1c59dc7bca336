// A sum asked as an amount ("how much did A and B get together?") adds amounts, never two counts
// whose words match the sides better (compute.ts combine).
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("a sum of the kind the question asks", () => {
  it("does not add two counts for 'how much'", () => {
    const engine = madeUpGansuEngine({
      "Mountain belts":
        " The province has 30 counties in two mountain belts, namely the Daba Belt and the Wuyi Belt, with 18 and 12 counties respectively. In 2012, the province invested 900 million yuan in the belts, of which 560 million yuan went to the Daba Belt.",
    });
    const answer = engine.answer("How much did the Daba and Wuyi belts get together in 2012?");
    expect(answer.type === "derived" && answer.unit === "counties").toBe(false);
  });
});
