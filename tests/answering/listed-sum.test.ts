// A sum of three or more listed things is the set of one section's figures that names each listed
// thing exactly once, however the report groups them ("from the central and provincial government"
// is one figure for two listed things); with no such set the sum is refused, never answered with
// some of the things (listed-sum.ts).
import { afterAll, describe, expect, it } from "vitest";
import { listedItems } from "../../src/answering/listed-sum.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("listedItems", () => {
  it("reads each item's own words, leaving out a word every item shares", () => {
    expect(listedItems("how much from the central, provincial, city and county governments")).toEqual([
      ["central"],
      ["provinci"],
      ["citi"],
      ["counti"],
    ]);
    expect(listedItems("road funds, bridge funds and well funds in all")).toEqual([
      ["road"],
      ["bridg"],
      ["well"],
    ]);
  });

  it("is undefined for two things", () => {
    expect(listedItems("how much from the central and provincial governments")).toBeUndefined();
  });
});

describe("adding three or more listed things", () => {
  const engine = madeUpGansuEngine({
    "Whole village advancement":
      "In 2012, whole village advancement invested 800 million Yuan, of which 300 million Yuan was from the central and provincial government, 120 million Yuan from the city and county governments and 380 million Yuan was raised by the masses. The projects built 40 bridges, 95 culverts and 22 wells.",
  });

  it("adds the figures that name each listed government once", () => {
    const a = engine.answer(
      "How much did the central, provincial, city and county governments give altogether for whole village advancement?",
    );
    expect(a).toMatchObject({ type: "derived", value: 420_000_000 });
    expect(a.text).toContain("300 million Yuan + 120 million Yuan");
  });

  it("adds counts of different things", () => {
    expect(engine.answer("how many bridges, culverts and wells were built in total?")).toMatchObject({
      type: "derived",
      value: 157,
    });
  });

  it("refuses when the only figure for a listed thing also holds one not asked for", () => {
    const a = engine.answer("How much did the central, provincial and county governments give altogether?");
    expect(a.type).toBe("none");
  });

  it("refuses when a listed thing has no figure of its own", () => {
    const a = engine.answer("How much did the central, provincial and township governments give altogether?");
    expect(a.type).toBe("none");
  });
});

describe("listed parts that cannot all be read", () => {
  const engine = madeUpGansuEngine({
    Funds:
      "In 2012, the province invested a total of 900 million Yuan in poverty alleviation, of which 500 million Yuan came from the central government, 150 million Yuan was provincial matching funds, 100 million Yuan came from the county governments and 150 million Yuan was raised by the masses. The funds of the province increased by 60 million Yuan over the previous year.",
  });

  it("takes no change over the year for a part, though it names the province", () => {
    const a = engine.answer("if you add up the central, provincial and county money, what's the total?");
    expect(a).toMatchObject({ type: "derived", value: 750_000_000 });
  });

  it("refuses when the list goes on with a clause no label names", () => {
    const a = engine.answer(
      "how much do the central part, the provincial part and what the villagers raised come to in total?",
    );
    expect(a.type).toBe("none");
    expect(
      listedItems("the central part, the provincial part and county part and what the villagers raised"),
    ).toBeUndefined();
  });

  it("reads 'if you add up …, what's the total?' as a sum, not a check that parts add up", () => {
    expect(
      engine.answer("if you add up the central, provincial and county money, what's the total?").type,
    ).toBe("derived");
    expect(engine.answer("do the parts of the 2012 funds add up to the total?").type).toBe("yesno");
  });
});
