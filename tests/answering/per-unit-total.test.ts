// A total from an amount given for each of the things counted with it, "each" written before the
// amount or the count matched first (per-unit-total.ts perUnitPair). A made-up report loaded from disk.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

const engine = madeUpGansuEngine({
  "Forest protection":
    "In 2012, the province afforested 1.08 million mu and hired 26,000 poor people as forest rangers, each with an annual allowance of 5,000 Yuan; 74,000 laborers were organized to work in cities.",
  "Whole-village advancement":
    "The province selected 100 villages as provincial demonstration villages, and each of them received an additional 500,000 Yuan of reward funds.",
  "Herdsmen settlement":
    "The settlement project for nomads settled 11,250 herdsman households, accounting for 93.8% of the annual target, with an average subsidy of 25,000 Yuan per household.",
});

describe("a total from an amount given 'each' and the count it is given for", () => {
  it("reads 'each with an allowance of N' after the count", () => {
    const a = engine.answer("How much do the forest ranger allowances add up to in total?");
    expect(a).toMatchObject({ type: "derived", value: 130_000_000 });
    expect(a.text).toContain("5,000 Yuan × 26,000");
  });

  it("reads 'each of them received N'", () => {
    const a = engine.answer("How much reward money in total went to the provincial demonstration villages?");
    expect(a).toMatchObject({ type: "derived", value: 50_000_000 });
  });

  it("multiplies when the count is the figure matched first", () => {
    const a = engine.answer(
      "If every settled herdsman household got the average nomad settlement subsidy, what is the total subsidy?",
    );
    expect(a).toMatchObject({ type: "derived", value: 281_250_000 });
  });

  it("still gives the amount each when that is asked", () => {
    expect(engine.answer("What annual allowance did each forest ranger get?").value).toBe(5000);
  });
});
