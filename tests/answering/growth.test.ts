// "By what percent did X grow on the year before?": a rate of change, not a share (understand.ts),
// computed from the figure and the same figure a year earlier, or from a stated change in amount
// (compute.ts growthOf); a rate the report states is still given as stated.
import { afterAll, describe, expect, it } from "vitest";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

const read = (q: string) => understand(q, fromTerms({}));

describe("understand: a percentage of change is a growth rate", () => {
  it("reads 'by what percent did X grow' and 'what was the growth rate of X' as growth", () => {
    expect(
      read("by what percent did the number of wells grow compared with the year before?").derivation,
    ).toEqual({
      type: "growth",
    });
    expect(read("what percentage did loans to farmers rise by in 2012?").derivation).toEqual({
      type: "growth",
    });
    expect(read("what was the growth rate of tourism income?").derivation).toEqual({ type: "growth" });
  });

  it("still reads a percentage of a whole as a share", () => {
    expect(read("what percent of the funds went to roads?").derivation).toEqual({ type: "share" });
  });
});

const engineFor = madeUpGansuEngine;
afterAll(removeMadeUpReports);

describe("a growth rate the report implies", () => {
  const engine = engineFor({
    "Rain Plan":
      "In 2012 the province trained 52,000 people under the Rain Plan. This year the province trained 52,000 people, against 40,000 last year.",
    Investment:
      "In 2012, the province invested 600 million Yuan of poverty alleviation funds, an increase of 100 million Yuan over the previous year.",
    "Rural tourism":
      "Tourism revenue of the villages reached 1.5 billion Yuan, up 20% over the previous year.",
  });

  it("computes it from this year's and last year's figures", () => {
    const a = engine.answer(
      "By what percent did the number of people trained grow compared with the year before?",
    );
    expect(a).toMatchObject({ type: "derived", value: 30 });
    expect(a.text).toContain("(52,000 people − 40,000) ÷ 40,000 × 100");
  });

  it("computes it from a stated change in amount", () => {
    const a = engine.answer(
      "By what percentage did the poverty alleviation funds invested increase on the previous year?",
    );
    expect(a).toMatchObject({ type: "derived", value: 20 });
  });

  it("gives a stated rate as the report states it", () => {
    expect(engine.answer("By what percent did tourism revenue grow?")).toMatchObject({
      type: "figure",
      value: 20,
    });
  });
});
