// "How many <noun phrase>": the head of the phrase is what is counted (counted.ts), whatever the
// noun, as long as the knowledge counts it; and a name whose words the report lacks is not the
// report's (engine.ts namesMatched). A small made-up report loaded from disk as a moderator adds one.
import { afterAll, describe, expect, it } from "vitest";
import { countedUnit, countUnitsOf } from "../../src/answering/counted.js";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

const units = countUnitsOf([
  "villages",
  "counties",
  "tourists",
  "doctors",
  "head of cattle",
  "pieces",
  undefined,
]);

describe("countedUnit: a plural that counts nothing known, before the head", () => {
  it("reads on past a plural modifier to the head ('mutual funds pilot villages')", () => {
    expect(countedUnit("mutual funds pilot villages in the province", units)).toBe("villages");
  });

  it("takes no singular modifier for the unit when the plural after it counts nothing known", () => {
    expect(countedUnit("km of village roads put down", units)).toBeUndefined();
  });
});

describe("countedUnit: a plural followed by its own verb is the head", () => {
  it("counts the subject of the verb, not a noun of its object ('visitors visited … villages')", () => {
    expect(countedUnit("visitors visited the poor villages doing tourism", units)).toBeUndefined();
    expect(countedUnit("mutual funds pilot villages in the province", units)).toBe("villages");
  });
});

describe("countedUnit: the head of the counted phrase", () => {
  it("takes the first plural as the head, not a listed noun of a later modifier", () => {
    expect(countedUnit("tourists visited poor villages", units)).toBe("tourists");
    expect(countedUnit("doctors were sent from county hospitals", units)).toBe("doctors");
    // A singular listed noun before the head only modifies it.
    expect(countedUnit("project villages did the", units)).toBe("villages");
  });

  it("reads listed nouns as their entry unit and skips possessives and determiners", () => {
    expect(countedUnit("poor farmers found jobs", units)).toBe("people");
    expect(countedUnit("of the province's poor households", units)).toBe("households");
  });

  it("finds a unit of several nouns by its noun, and no unit for a head the knowledge never counts", () => {
    expect(countedUnit("cattle were raised", units)).toBe("head of cattle");
    expect(countedUnit("hospitals in poor counties", units)).toBeUndefined();
  });

  it("leaves a measure before 'of' to the listed nouns: the report may use another measure word", () => {
    expect(countedUnit("items of information did", units)).toBeUndefined();
    expect(countedUnit("households of poor villages", units)).toBe("households");
  });

  it("is read by understand from the lexicon's units", () => {
    const q = understand("How many tourists visited the villages?", fromTerms({}), { countUnits: units });
    expect(q).toMatchObject({ kinds: ["count"], countUnit: "tourists" });
  });
});

const engineFor = madeUpGansuEngine;
afterAll(removeMadeUpReports);

describe("counts of any noun in a report nobody annotated", () => {
  const engine = engineFor({
    "Rural tourism":
      "In 2012, the province supported 92 poor villages in developing rural tourism. The villages received 3.9 million tourists during the year.",
    "Health assistance":
      "In 2012, 1,240 doctors were sent from county hospitals to township health centres in the 43 key counties.",
    "Microfinance and mutual funds":
      "As of the end of December, banks had issued 1.1 billion Yuan of small loans to 40,200 poor households, covering 5,120 poor villages. The province set up mutual funds in 1,310 villages.",
  });

  it("answers with the figure that counts the question's head noun", () => {
    expect(engine.answer("How many tourists came to the tourism villages?").value).toBe(3_900_000);
    expect(engine.answer("How many doctors did the county hospitals send out to the townships?").value).toBe(
      1240,
    );
  });

  it("gives no figure for a name the report never has, though a word of it matches ('World Bank' against 'banks')", () => {
    expect(engine.answer("How many villages did the World Bank project cover?").answered).toBe(false);
    // The report's own words still find the figure.
    expect(engine.answer("How many poor villages did the banks' small loans cover?").value).toBe(5120);
  });
});
