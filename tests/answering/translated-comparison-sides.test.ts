// Comparisons as a translator writes them (a made-up report): a place's section that calls it
// "the area" (side-names.ts), "the villagers" beside "the village programme" (compute.ts rankFor),
// "the pilot in A or the funds for B" (forms.ts), "inside the province or outside it" (sides.ts,
// inside-outside.ts, judge.ts countsComparable), "by how many mu" (unmatched-thing.ts) and a
// place named only by its section's title (topics.ts).
import { afterAll, describe, expect, it } from "vitest";
import { readQuestion } from "../../src/answering/engine.js";
import { formOf } from "../../src/answering/forms.js";
import { fitsInsideOutside } from "../../src/answering/inside-outside.js";
import type { RankedEntry } from "../../src/answering/rank.js";
import { writesSideName } from "../../src/answering/side-names.js";
import { pronounObjectSides } from "../../src/answering/sides.js";
import { topicSide } from "../../src/answering/topics.js";
import { isNumeric, type Entry } from "../../src/knowledge/schema.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

const engine = madeUpGansuEngine({
  "Development of the Wuling Area":
    "The Wuling Area, an old revolutionary base area, covers 12 counties and has 600,000 poor people. In 2012, the province issued a plan for the Wuling Area and arranged 300 million Yuan of special funds for the area, up 25 percent over the previous year. The per capita net income of farmers in the area reached 4,100 Yuan, a year-on-year increase of 12.5 percent. In the Dabie Area next to it, 80 million Yuan was invested.",
  "Poverty Alleviation in the Lake Floodplain Region":
    "In 2012, the province launched the pilot of building raised platforms in three counties. A total of 12 platforms were built, benefiting 8,000 people. The total investment was 410 million Yuan. The per capita net income of farmers there reached 3,900 Yuan, a year-on-year increase of 14.1 percent.",
  "Whole Village Advancement":
    "In 2012, the province completed whole village advancement in 500 villages with a total investment of 900 million Yuan. Among them, 400 million Yuan was financial funds, 300 million Yuan was integrated department funds and 200 million Yuan was raised by the masses themselves.",
  "Use of Funds":
    "By use, 350 million Yuan went to whole village advancement and 120 million Yuan to relocation.",
  "Labour Transfer":
    "In 2012, 30,000 trained workers were transferred to employment, of whom 18,000 found jobs within the province and 12,000 outside the province.",
  Industry:
    "The province built industry bases of 800,000 mu in poor areas. Among them, 450,000 mu was for fruits and 350,000 mu for vegetables.",
});

const entry = (written: string, section?: string) => {
  const found = engine.index.kb.entries.find(
    (e) => isNumeric(e) && e.written === written && (!section || e.section === section),
  );
  if (!found) throw new Error(`no entry ${written}`);
  return found;
};

describe("writesSideName: a place its section's title names", () => {
  it("takes a figure whose sentence calls the place 'the area' under a title naming it", () => {
    const rate = entry("12.5 percent");
    expect(writesSideName(rate, ["wuling"])).toBe(false);
    expect(writesSideName(rate, ["wuling"], engine.index)).toBe(true);
  });

  it("leaves out a figure whose sentence names another place, and one of another place's section", () => {
    expect(writesSideName(entry("80 million Yuan"), ["wuling"], engine.index)).toBe(false);
    expect(writesSideName(entry("14.1 percent"), ["wuling"], engine.index)).toBe(false);
  });

  it("weighs the place's rate, not the figure whose sentence happens to name it", () => {
    const a = engine.answer("Did farmers' income grow faster in the Lake Region than in the Wuling Area?");
    expect(a).toMatchObject({ type: "comparison", verdict: "yes", value: 14.1 });
    expect(a.text).toContain("12.5 percent");
  });
});

describe("side ranking: a side's word that only shares its root with the shared words", () => {
  it("finds the masses' money for 'the villagers', not the village programme's whole", () => {
    const a = engine.answer(
      "In the whole village advancement, was there more integrated department money or more money raised by the villagers themselves?",
    );
    expect(a).toMatchObject({ type: "comparison", value: 300_000_000 });
    expect(a.text).toContain("200 million Yuan");
  });
});

describe("formOf: each side's own prepositional phrase, whatever the prepositions", () => {
  it("keeps 'for B' with the second side when the first has 'in A'", () => {
    expect(
      formOf("which got more money, the pilot in the lake region or the special funds for the wuling area?"),
    ).toMatchObject({
      type: "comparison",
      left: "pilot in the lake region",
      right: "special funds for the wuling area",
    });
  });

  it("still shares a year phrase after the second side", () => {
    expect(
      formOf("which got more money, the pilot in the lake region or the special funds in 2012?"),
    ).toMatchObject({
      right: "special funds",
    });
  });
});

describe("pronounObjectSides and fitsInsideOutside: 'inside X or outside it'", () => {
  it("reads the pronoun as the first side's place, the words before it shared", () => {
    expect(pronounObjectSides("trainees find jobs inside the county", "outside it")).toEqual({
      left: "inside the county",
      right: "outside the county",
      common: "trainees find jobs",
    });
    expect(pronounObjectSides("trainees find jobs inside the county", "the city")).toBeUndefined();
  });

  it("takes for 'outside' only a figure its label places outside, and never one for 'inside'", () => {
    const outside = { label: "Workers employed outside the county" } as Entry;
    const within = { label: "Workers employed within the county" } as Entry;
    const neither = { label: "Workers transferred" } as Entry;
    expect(fitsInsideOutside("outside the county", outside)).toBe(true);
    expect(fitsInsideOutside("outside the county", within)).toBe(false);
    expect(fitsInsideOutside("outside the county", neither)).toBe(false);
    expect(fitsInsideOutside("inside the county", outside)).toBe(false);
    expect(fitsInsideOutside("inside the county", within)).toBe(true);
    expect(fitsInsideOutside("the county", outside)).toBe(true);
    expect(fitsInsideOutside("workers moved out of the county", outside)).toBe(true);
    expect(fitsInsideOutside("workers moved out of the county", neither)).toBe(false);
  });

  it("weighs the two places' figures, a bare number after the first taking its noun", () => {
    const a = engine.answer("Did more trainees find jobs inside the province or outside it?");
    expect(a).toMatchObject({ type: "comparison", value: 18_000 });
    expect(a.text).toContain("12,000");
  });
});

describe("combine: a difference of the figures inside and outside a place", () => {
  it("takes the outside side's figure from a label that places it outside", () => {
    const a = engine.answer(
      "By how many did trainees finding jobs within the province exceed those employed outside the province?",
    );
    expect(a).toMatchObject({ type: "derived", value: 6000 });
  });
});

describe("a difference asked in a unit of measure", () => {
  it("reads 'by how many mu' as the unit asked in, not the thing the figures must name", () => {
    expect(engine.answer("By how many mu did the fruit bases exceed the vegetable bases?")).toMatchObject({
      type: "derived",
      value: 100_000,
    });
  });
});

describe("topicSide: a place named only by its section's title", () => {
  it("finds the pilot's figure in the section titled by its place when no sentence names the place", () => {
    const q = readQuestion(
      "Which got more money, the platform pilot in the Lake Floodplain Region or the special funds for the Wuling Area?",
      engine.index,
      engine.glossary,
    );
    const funds = entry("300 million Yuan", "Development of the Wuling Area");
    const found = { entry: funds, index: engine.index.kb.entries.indexOf(funds) } as RankedEntry;
    const side = topicSide(
      q,
      engine.index,
      "platform pilot in the lake floodplain region",
      "special funds for the wuling area",
      found,
      (e) => e.kind === "money",
      () => true,
    );
    expect(side?.entry.written).toBe("410 million Yuan");
  });
});
