// A yes/no bound dated by a cut-off ("by the end of 2012") is checked against the figure whose
// sentence gives that cut-off, the running total, not a year's flow matched as well (cut-off.ts
// datedAsAsked, via judge.ts checkedFigure).
import { describe, expect, it } from "vitest";
import type { Entry } from "../../src/knowledge/schema.js";
import { datedAsAsked } from "../../src/answering/cut-off.js";

const figure = (sentence: string, rank: number) => ({
  entry: { sentence, unit: "villages" } as unknown as Entry,
  rank,
});

describe("datedAsAsked", () => {
  const flow = figure("In 2012, new seed fund pilots were launched in 120 villages.", 10);
  const stock = figure("As of the end of December, the seed fund pilots covered 410 villages.", 9.5);

  it("takes the figure dated as the question is over an undated one matched about as well", () => {
    expect(datedAsAsked("had the pilots reached 500 villages by the end of 2012?", [flow, stock])).toBe(
      stock,
    );
  });

  it("keeps the best when the question gives no cut-off, or the dated one ranks well below", () => {
    expect(datedAsAsked("had the pilots reached 500 villages?", [flow, stock])).toBeUndefined();
    expect(
      datedAsAsked("had they reached 500 villages by the end of 2012?", [flow, { ...stock, rank: 5 }]),
    ).toBeUndefined();
  });
});
