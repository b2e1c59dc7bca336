// Which figure a stated change speaks of (change-owner.ts speaksOf, through relations.ts changeOf),
// and the year before worked back from a change named in a sentence of its own (named-change.ts)
// or from a change's amount and rate. A made-up report loaded from disk.
import { afterAll, describe, expect, it } from "vitest";
import { changeOf } from "../../src/answering/relations.js";
import type { NumericEntry } from "../../src/knowledge/schema.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

const engine = madeUpGansuEngine({
  Overview:
    "In 2012, the province reduced its rural poor population by 1.126 million, and the number of rural poor people fell to 5.42 million at the end of the year, with the poverty incidence dropping to 10.8%.",
  "Investment of funds":
    "In 2012, the province invested a total of 6.254 billion Yuan in poverty alleviation, up 21.4% over the previous year, of which 2.718 billion Yuan was fiscal poverty alleviation funds (of which 1.862 billion Yuan was from the central government and 516 million Yuan was from the provincial finance) and 3.536 billion Yuan was credit funds. The provincial fiscal poverty alleviation funds increased by 96 million Yuan over the previous year. The city finance increased its special anti-poverty funds by 160 million Yuan over the previous year, up 33.3%.",
  "Village advancement":
    "The villages built 2,680 km of village roads and 64 bridges, up 12.6% and 8.5% respectively over the previous year.",
});

const placed = (written: string) => {
  const at = engine.kb.entries.findIndex((e) => e.written === written);
  expect(at).toBeGreaterThanOrEqual(0);
  return changeOf(engine.kb.entries[at] as NumericEntry, at, engine.index)?.changes.map((c) => c.written);
};

describe("the figure a stated change speaks of", () => {
  it("gives a change to the figure written before it, not to the parts listed after it", () => {
    expect(placed("6.254 billion Yuan")).toEqual(["21.4%"]);
    expect(placed("2.718 billion Yuan")).toBeUndefined();
    expect(placed("516 million Yuan")).toBeUndefined();
  });

  it("pairs changes and figures by 'respectively'", () => {
    expect(placed("2,680 km")).toEqual(["12.6%"]);
    expect(placed("64 bridges")).toEqual(["8.5%"]);
  });

  it("gives a reduction written first to the level it led to", () => {
    expect(placed("5.42 million")).toEqual(["1.126 million"]);
    expect(placed("10.8%")).toBeUndefined();
  });
});

describe("the year before, worked back", () => {
  it("adds back a reduction over the year", () => {
    const a = engine.answer("How many rural poor people did Gansu have at the end of 2011?");
    expect(a).toMatchObject({ type: "derived", value: 6_546_000 });
  });

  it("takes a change named in a sentence of its own to the part its name describes", () => {
    const a = engine.answer("How much provincial fiscal poverty alleviation money did Gansu have in 2011?");
    expect(a).toMatchObject({ type: "derived", value: 420_000_000 });
    expect(a.text).toContain("516 million Yuan − 96 million Yuan");
  });

  it("works the level back from a change's amount and its rate", () => {
    const a = engine.answer("How much special anti-poverty money did the city finance put in in 2011?");
    expect(a.type).toBe("derived");
    expect(a.value).toBeCloseTo(480_480_480.48, 0);
  });
});
