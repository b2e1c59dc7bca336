// A yes/no bound that asks no figure per one of something bounds a total: a figure given per
// household is never checked against it (judge.ts againstThreshold, rate-sides.ts asksAnyRate).
import { afterAll, describe, expect, it } from "vitest";
import { asksAnyRate } from "../../src/answering/rate-sides.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("asksAnyRate", () => {
  it("reads per, each, average, per capita and a hyphened per-household as asking a rate", () => {
    for (const q of [
      "Did each household gain over 2,000 yuan?",
      "Was per capita income above 4,000 yuan?",
      "Was the per-household gain above 1,000 yuan?",
      "Did the average loan exceed 10,000 yuan?",
    ])
      expect(asksAnyRate(q)).toBe(true);
  });
  it("reads the standard of a payment as asking a rate: it is set per person or household", () => {
    expect(asksAnyRate("Was the herders' pension standard above 1,500 yuan?")).toBe(true);
    expect(asksAnyRate("Were the housing subsidy standards over 20,000 yuan?")).toBe(true);
  });
  it("reads a bound on what a programme earned as asking no rate", () => {
    expect(asksAnyRate("Did the orchard villages earn more than 500 million yuan?")).toBe(false);
  });
});

const engine = madeUpGansuEngine({
  Orchards:
    "Across the province, 140 poor villages took up orchard tourism in 2012, taking in 480 million yuan, a year-on-year increase of 30%. Some 1,900 farm households ran orchard shops and farm cafes, earning 16,000 yuan per household on average, and 9,800 poor people found work in orchard tourism.",
});

const pensions = madeUpGansuEngine({
  Pensions:
    "In 2012, the pension standard for herders was raised to 1,680 yuan per person per year, and the province spent 2.1 billion yuan on herders' pensions.",
});

describe("a bound on a total", () => {
  it("is checked against the total, not the amount per household", () => {
    const a = engine.answer("Did the poor villages doing orchard tourism earn more than 500 million yuan?");
    expect(a).toMatchObject({ type: "yesno", verdict: "no", value: 480_000_000 });
  });
  it("checks a bound on a payment's standard against the amount per person", () => {
    const a = pensions.answer("Was the herders' pension standard above 1,500 yuan in 2012?");
    expect(a).toMatchObject({ type: "yesno", verdict: "yes", value: 1_680 });
  });
  it("still checks a bound asked per household against the amount per household", () => {
    const a = engine.answer("Did each orchard shop household earn more than 15,000 yuan?");
    expect(a).toMatchObject({ type: "yesno", verdict: "yes", value: 16_000 });
  });
});
