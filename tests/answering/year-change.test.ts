// "How much did X rise from 2011 to 2012?": the later year's figure minus the earlier one's
// (year-change.ts changeBetweenYears; compute.ts combine), even when X is "per capita".
import { afterAll, describe, expect, it } from "vitest";
import { againstYearBefore, changeBetweenYears } from "../../src/answering/year-change.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("changeBetweenYears", () => {
  it("reads a rise between two years as the later minus the earlier", () => {
    expect(changeBetweenYears("how much did the funds rise from 2011 to 2012?")).toEqual({
      left: "2012",
      right: "2011",
    });
    expect(changeBetweenYears("by how many yuan did per capita income grow between 2010 and 2011?")).toEqual({
      left: "2011",
      right: "2010",
    });
  });

  it("reads a fall as the earlier minus the later", () => {
    expect(
      changeBetweenYears("how many fewer poor people were there, as the number fell from 2011 to 2012?"),
    ).toEqual({
      left: "2011",
      right: "2012",
    });
  });

  it("leaves a percentage change and a question with no years to other readings", () => {
    expect(changeBetweenYears("by how many percent did the funds rise from 2011 to 2012?")).toBeUndefined();
    expect(changeBetweenYears("how much did the funds rise?")).toBeUndefined();
  });
});

describe("the change of one figure between two years", () => {
  const engine = madeUpGansuEngine({
    Overview:
      "The per capita net income of farmers in the key counties reached 4,216 Yuan in 2011 against 3,652 Yuan in 2010.",
    "Industrial poverty alleviation":
      "The number of leading enterprises supported by discount loans increased from 198 in 2011 to 236 in 2012.",
  });

  it("subtracts the two years' figures of a figure per capita", () => {
    const a = engine.answer(
      "By how many Yuan did per capita net income of farmers in the key counties rise from 2010 to 2011?",
    );
    expect(a).toMatchObject({ type: "derived", value: 564 });
  });

  it("subtracts two counts described alike whatever units their bare numbers got", () => {
    const a = engine.answer(
      "How many more leading enterprises got discount loan support in 2012 than in 2011?",
    );
    expect(a).toMatchObject({ type: "derived", value: 38 });
  });
});

describe("againstYearBefore", () => {
  it("reads a second side that is only the year before as this year against last year", () => {
    expect(againstYearBefore("a year earlier?")).toEqual({ left: "this year", right: "last year" });
    expect(againstYearBefore("the previous year")).toEqual({ left: "this year", right: "last year" });
    expect(againstYearBefore("in the year before")).toEqual({ left: "this year", right: "last year" });
  });

  it("leaves a side that names a thing of its own", () => {
    expect(againstYearBefore("the households supported last year by the counties")).toBeUndefined();
    expect(againstYearBefore("mutual funds")).toBeUndefined();
  });
});
