// A sentence that names the thing asked about without counting it gives no count of it: its figure
// counts something else (uncounted.ts).
import { afterAll, describe, expect, it } from "vitest";
import {
  countedHead,
  countsAnotherUnit,
  countsWhatIsMeasured,
  measureOfCounted,
} from "../../src/answering/uncounted.js";
import { type Question, understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";
import type { Entry } from "../../src/knowledge/schema.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("countedHead", () => {
  it("is the plural head of the counted phrase, before its verb", () => {
    expect(countedHead("how many farmers' professional cooperatives were supported")).toBe("cooperatives");
    expect(countedHead("how many people were trained")).toBeUndefined();
  });

  it("passes over a remark in brackets after the noun", () => {
    expect(countedHead("how many poverty-relief houses (number of units) were built")).toBe("houses");
  });
});

describe("a figure whose sentence names, but does not count, the thing asked about", () => {
  const engine = madeUpGansuEngine({
    "Industrial poverty alleviation":
      "In 2012, the province supported 312 poverty alleviation leading enterprises and a number of farmers' professional cooperatives.",
    "Social poverty alleviation":
      "By the end of the year, 2600 units and entrepreneurs had promised to donate.",
  });

  it("is refused: the enterprises supported are no count of the cooperatives", () => {
    expect(engine.answer("How many farmers' professional cooperatives were supported?").answered).toBe(false);
  });

  it("still answers the thing the figure counts", () => {
    expect(engine.answer("How many leading enterprises were supported?").value).toBe(312);
  });

  it("still answers a figure that counts the thing right after it, whatever unit was read for it", () => {
    expect(engine.answer("How many units and entrepreneurs had promised to donate?").value).toBe(2600);
  });
});

describe("a figure written with the very thing asked ('286,000 person-times', read in times)", () => {
  const engine = madeUpGansuEngine({
    "Science and technology":
      "Agricultural technicians were sent to the poor villages, where they trained farmers for 286,000 person-times.",
  });

  it("counts it", () => {
    expect(engine.answer("How many person-times of farmers were trained by the technicians?").value).toBe(
      286000,
    );
  });
});

describe("a count of another unit the reader knows", () => {
  const engine = madeUpGansuEngine({
    "Lottery fund":
      "The lottery fund projects were launched in two pilot counties in 2010, namely Queshan County and Fan County, and the total investment was 62.806 million Yuan.",
    Relocation: "In 2011, 3,200 poor households were relocated.",
  });

  it("is no answer to how many households the places had", () => {
    expect(
      engine.answer(
        "How many poor households benefited from the lottery fund pilot projects in Queshan and Fan County?",
      ).answered,
    ).toBe(false);
  });

  it("still answers the households the report counts, and the counties", () => {
    expect(engine.answer("How many poor households were relocated?").value).toBe(3200);
    expect(engine.answer("How many pilot counties did the lottery fund projects have?").value).toBe(2);
  });
});

describe("a figure whose written unit is a compound naming the thing asked", () => {
  const engine = madeUpGansuEngine({
    Training: "Practical agricultural technology training reached 213,000 person-times.",
  });

  it("answers how many person-times, the unit read as 'times'", () => {
    expect(
      engine.answer("How many person-times of practical agricultural technology training were held?").value,
    ).toBe(213000);
  });
});

describe("measureOfCounted: the measure asked of counted things", () => {
  it("reads 'what is the <measure> of the <things>'", () => {
    expect(measureOfCounted("what is the total storage capacity of the reservoirs built?")).toEqual({
      measure: "capacity",
      counted: "reservoirs",
    });
    expect(measureOfCounted("how many reservoirs were built?")).toBeUndefined();
  });
});

describe("countsWhatIsMeasured", () => {
  const reservoirs = {
    kind: "count",
    label: "Reservoirs built by entire village advancement",
    written: "196 reservoirs",
    unit: "reservoirs",
    sentence: "Through project construction, it built 196 reservoirs and 52 bridges.",
  } as Entry;
  const q = (s: string) => understand(s, fromTerms({}));

  it("is true for a count of the things whose measure is asked", () => {
    expect(
      countsWhatIsMeasured(q("What is the total storage capacity of the reservoirs built?"), reservoirs),
    ).toBe(true);
  });

  it("is false when the question asks the number of them", () => {
    expect(countsWhatIsMeasured(q("What is the number of reservoirs built?"), reservoirs)).toBe(false);
    expect(countsWhatIsMeasured(q("What was the total of the reservoirs built?"), reservoirs)).toBe(false);
  });
});

describe("countsAnotherUnit: measure words", () => {
  const pieces = { kind: "count", unit: "pieces" } as Entry;
  const counting = (countUnit: string) => ({ language: "en", countUnit }) as Question;

  it("takes two measure words for one unit ('info items' of '1,800 pieces of information')", () => {
    expect(countsAnotherUnit(counting("items"), pieces)).toBe(false);
  });

  it("still tells a measure word from a noun that names the thing", () => {
    expect(countsAnotherUnit(counting("schools"), pieces)).toBe(true);
  });
});
