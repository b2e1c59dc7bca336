// "How much more came from A than from B?": a whole and one of its own parts are never the two sides
// unless a side names the whole (compute.ts combine, isPartOf). A made-up report loaded from disk.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("the sides of a difference", () => {
  const engine = madeUpGansuEngine({
    "Microcredit and mutual funds":
      "By the end of 2012, the total capital of the pilot mutual funds reached 186.4 million Yuan, of which 132 million Yuan was financial funds, 31.2 million Yuan was membership fees paid by the farmers and 23.2 million Yuan was other funds.",
  });

  it("subtracts two parts named, not the whole they belong to", () => {
    const a = engine.answer(
      "For the mutual funds pilots, how much more came from financial funds than from farmers' membership fees?",
    );
    expect(a).toMatchObject({ type: "derived", value: 100_800_000 });
  });

  it("still takes the whole when a side names the total", () => {
    const a = engine.answer(
      "How much more was the total capital of the pilot mutual funds than the membership fees paid by the farmers?",
    );
    expect(a).toMatchObject({ type: "derived", value: 155_200_000 });
  });
});
