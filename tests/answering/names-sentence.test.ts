// A list answer's names as one English sentence: commas and a last "and", or semicolons when a
// name holds its own "and" or comma, so each name reads whole. Report and names made up for this test.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { namesSentence } from "../../src/answering/compose.js";
import type { Engine } from "../../src/answering/engine.js";
import { madeUpEngine, madeUpMeta, removeMadeUpReports } from "../support/knowledge.js";

describe("namesSentence", () => {
  it("joins plain names with commas and a last 'and'", () => {
    expect(namesSentence(["Alder County", "Birch County", "Cedar City"])).toBe(
      "Alder County, Birch County and Cedar City",
    );
    expect(namesSentence(["Alder County"])).toBe("Alder County");
  });

  it("parts names that hold an 'and' or a comma with semicolons", () => {
    expect(namesSentence(["Alder County", "Birch Yi and Miao Autonomous County"])).toBe(
      "Alder County; and Birch Yi and Miao Autonomous County",
    );
    expect(namesSentence(["roads and bridges", "training", "small loans"])).toBe(
      "roads and bridges; training; and small loans",
    );
  });
});

const REPORT = [
  "Poverty Alleviation in Dale Province",
  "【Pilot work】In 2012, the pilot work of integrating funds was launched in three counties, namely Alder County, Birch County and Cedar Yi and Miao Autonomous County, and 120 million Yuan was integrated.",
  "【Relocation】Dale Province moved 4,000 households out of the mountains.",
].join("\n\n");

let engine: Engine;
beforeAll(() => {
  engine = madeUpEngine(`${REPORT}\n`, madeUpMeta("Dale", 2012, "Dale Province"));
});
afterAll(removeMadeUpReports);

describe("a list answer's text", () => {
  it("names each county whole, the one named for two peoples too", () => {
    const a = engine.answer("Which counties launched the pilot work of integrating funds?");
    expect(a.items).toEqual(["Alder County", "Birch County", "Cedar Yi and Miao Autonomous County"]);
    expect(a.text.split("\n")[0]).toBe(
      "Alder County; Birch County; and Cedar Yi and Miao Autonomous County.",
    );
  });
});
