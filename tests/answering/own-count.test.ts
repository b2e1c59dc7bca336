// An amount given to the count its own clause names is averaged over that count, never over another
// group's count in the sentence (own-count.ts). A small made-up report loaded from disk.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("countOfOwnClause: the count an amount is for", () => {
  const engine = madeUpGansuEngine({
    "Pilot counties":
      "Funds totalling 90 million Yuan were allocated to the 9 pilot counties; the three new pilot counties got 10 million Yuan each, and the rest went to the six old pilot counties.",
    Bridges: "Bridge funds of 24 million Yuan were allocated to 8 border counties.",
  });

  it("does not divide the whole by another group's count", () => {
    const a = engine.answer("On average, how much did each of the six old pilot counties receive?");
    expect(a.value).not.toBe(15_000_000);
  });

  it("divides an amount by its own clause's count", () => {
    const a = engine.answer("On average, how much bridge money did each border county get?");
    expect(a).toMatchObject({ type: "derived", value: 3_000_000 });
  });
});
