// "What's the total?" of a report that never writes the word "total": a word for what is computed
// from the figures names no thing the report must have a word for (subject.ts), so the sum is made
// rather than refused as a topic the report lacks. A thing it lacks is still refused.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("a computed noun", () => {
  const engine = madeUpGansuEngine({
    Funds:
      "In 2012, 500 million Yuan came from the central government, 150 million Yuan was provincial matching funds and 100 million Yuan came from the county governments.",
  });

  it("is no topic the report lacks", () => {
    expect(
      engine.answer("if you add up the central, provincial and county money, what's the total?"),
    ).toMatchObject({
      type: "derived",
      value: 750_000_000,
    });
  });

  it("leaves a thing the report lacks refused", () => {
    expect(engine.answer("what was the total tuition paid in 2012?").answered).toBe(false);
  });
});
