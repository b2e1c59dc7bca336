// A later figure written as a multiple of a named year's ("2.5-fold that at the end of 2009") gives
// that year's level: the figure ÷ the multiple. The year is in scope only through such a multiple,
// and the figure multiplied is the whole the sentence gives, never one of its parts.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

const engine = madeUpGansuEngine({
  "Mutual funds":
    "The total capital of the mutual funds reached 40 million Yuan, of which 30 million Yuan was financial funds and 10 million Yuan was paid in by members; the capital was 2.5-fold that at the end of 2009. 600 villages ran the funds.",
  "Minority villages":
    "The per capita net income of farmers in the 12 Dongxiang villages reached 6,000 Yuan, 2.4-fold that of 2005.",
});

describe("a base year's level from a multiple written against it", () => {
  it("divides the whole by its multiple", () => {
    const a = engine.answer("How large was the total capital of the mutual funds at the end of 2009?");
    expect(a).toMatchObject({ type: "derived", value: 16_000_000 });
    expect(a.citations).toHaveLength(2);
  });

  it("answers a per capita figure asked of the base year", () => {
    const a = engine.answer("What was the per capita net income in the Dongxiang villages back in 2005?");
    expect(a).toMatchObject({ type: "derived", value: 2500 });
  });

  it("refuses a base year the figure asked has no multiple against", () => {
    expect(engine.answer("How many villages ran the mutual funds in 2009?").answered).toBe(false);
  });

  it("leaves a year no multiple is written against out of scope", () => {
    expect(engine.answer("How large was the capital of the mutual funds in 2007?").answered).toBe(false);
  });
});
