// A names question is answered from the section that gives the names, when the best ranked
// sentence is from a section that shares the question's words and names nothing (names-lead.ts).
// The report, the sentences and the questions are made up for this test (invented place names).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/answering/engine.js";
import { givesNames, namesLead } from "../../src/answering/names-lead.js";
import { madeUpEngine, madeUpMeta, removeMadeUpReports } from "../support/knowledge.js";

const at = (section: string, rank: number, sentence: string) => ({ section, report: "r", rank, sentence });
const COUNTED = at("Funds", 10, "Of the funds, 70% was allocated to the 12 national key counties.");
const NAMED = at(
  "Overview",
  9,
  "The plan identified Alder County, Birch County and Cedar City as the national key counties.",
);

describe("namesLead: the ranked sentence whose section a names question is read from", () => {
  it("takes a near sentence of another section that names the kind when the best section names none", () => {
    expect(namesLead([COUNTED, NAMED], "county", 3)).toBe(NAMED);
  });

  it("keeps the best section when a lower-case series there is headed by the noun asked", () => {
    const pooled = at(
      "Funds",
      10,
      "The county pooled funds of the bureaus of forestry, water supply, roads and schools for the poor villages.",
    );
    const other = at("Villages", 9, "The plan covered Alder County and Birch County.");
    expect(namesLead([pooled, other], "county", 3, undefined, "bureaus")).toBe(pooled);
    expect(namesLead([pooled, other], "county", 3, undefined, "teams")).toBe(other);
  });

  it("keeps the best section when its leading sentences name the kind", () => {
    const own = at("Funds", 8, "The funds went to Elm County and Fir County.");
    expect(namesLead([COUNTED, NAMED, own], "county", 3)).toBe(COUNTED);
  });

  it("counts no name it would not give: the report's own region names nothing asked", () => {
    const region = at(
      "Funds",
      10,
      "In 2011, Dale Province arranged the means for social groups to take part.",
    );
    const listed = at("Villages", 8, "Through shops, clinics and loans, the income of farmers rose.");
    const runs = at("Villages", 8, "The villages Alder, Birch and Cedar were built up.");
    const notDale = (name: string) => name !== "Dale Province";
    expect(namesLead([region, runs], undefined, 3)).toBe(region);
    expect(namesLead([region, runs], undefined, 3, notDale)).toBe(runs);
    expect(givesNames(listed.sentence, undefined, notDale)).toBe(false);
  });

  it("keeps the best when the sentence that names ranks far below it", () => {
    expect(namesLead([COUNTED, { ...NAMED, rank: 4 }], "county", 3)).toBe(COUNTED);
  });

  it("gives nothing for no ranked sentence", () => {
    expect(namesLead([], "county", 3)).toBeUndefined();
  });
});

describe("givesNames: what counts as giving names", () => {
  it("with a kind, names of that kind", () => {
    expect(givesNames(NAMED.sentence, "county")).toBe(true);
    expect(givesNames(COUNTED.sentence, "county")).toBe(false);
  });

  it("without a kind, a list, not a lone capitalised name", () => {
    expect(givesNames("Dale Province raised incomes through tourism.", undefined)).toBe(false);
    expect(
      givesNames("Incomes rose through several means, namely tourism, small loans and training.", undefined),
    ).toBe(true);
  });
});

const REPORT = [
  "Poverty Alleviation in Dale Province",
  "I. Overview",
  // The sentence that names the counties shares fewer of the question's words than the funds
  // sentence that only counts them, and ranks below it.
  "In 2012, the per capita net income of farmers in the eight national key counties of Dale Province reached 5,000 Yuan, up 15%. In March, the provincial government issued the opinions on the implementation of the new outline, which identified Alder County, Birch County, Cedar City and Elm County as the national key counties and another six counties as the provincial key counties, and put forward the goal of helping 300,000 rural poor people shake off poverty by 2015.",
  "II. Investment of Funds",
  "In 2012, Dale Province invested 2.1 billion Yuan of poverty alleviation funds. Of the central and provincial funds, 78% was allocated to the national key counties for poverty alleviation.",
  "III. Relocation",
  "Dale Province moved 4,000 households out of the mountains.",
].join("\n\n");

let engine: Engine;
beforeAll(() => {
  engine = madeUpEngine(`${REPORT}\n`, madeUpMeta("Dale", 2012, "Dale Province"));
});
afterAll(removeMadeUpReports);

describe("a names question answered from the section that names", () => {
  it("lists the counties the overview names, not the funds sentence that counts them", () => {
    const a = engine.answer("Which counties are the national key counties for poverty alleviation?");
    expect(a.type).toBe("list");
    expect(a.section).toBe("Overview");
    expect(a.items).toEqual(["Alder County", "Birch County", "Cedar City", "Elm County"]);
  });
});
