// A list of figures sharing the unit written after its last one (shared-unit.ts, extract.ts classify).
import { describe, expect, it } from "vitest";
import { readSentence as read } from "../support/one-sentence.js";
import { listUnitAfter } from "../../src/knowledge/shared-unit.js";
import { entriesOfSentence } from "../support/knowledge.js";

describe("a list of figures sharing its last unit", () => {
  it("reads a bare figure in the unit its list ends in", () => {
    const e = entriesOfSentence("The two counties received 23.5 million and 18.6 million Yuan respectively.");
    expect(e.get("23-5-million")).toMatchObject({ kind: "money", unit: "Yuan", value: 23_500_000 });
    expect(listUnitAfter(", 15 and 20 km of roads")).toBe("km");
    expect(listUnitAfter(" and 18.6 million people")).toBeUndefined();
    expect(listUnitAfter(" households and 5 million Yuan")).toBeUndefined();
  });
});

describe("an amount sharing the unit written after the next one", () => {
  it("reads both amounts of 'N million and M million yuan' as Yuan", () => {
    const { entries, provenance, coverage } = read(
      "Guangyuan City and Nanchong City received 112 million and 86 million yuan respectively.",
    );
    expect(entries.map((e) => [e.value, e.unit])).toEqual([
      [112_000_000, "Yuan"],
      [86_000_000, "Yuan"],
    ]);
    expect(entries[0]!.label).toContain("Guangyuan City");
    expect(entries[1]!.label).toContain("Nanchong City");
    expect(provenance).toEqual([]);
    expect(coverage.violations).toEqual([]);
  });

  it("leaves a number with its own noun, and a rate before an amount, as they are", () => {
    const { entries } = read(
      "The county built 146 bridges and 2,318 km of roads, and 4.1% and 12 million yuan.",
    );
    expect(entries.map((e) => e.unit)).toEqual(["bridges", "km", "%", "Yuan"]);
  });
});

describe("a rate with 'percent' spelled out", () => {
  it("reads 'N percent' as a percentage, 'N percentage points' as points", () => {
    const { entries, provenance } = read(
      "Income was up 13.2 percent over the previous year, 4.1 percentage points faster than the 9.1 per cent of 2011.",
    );
    expect(entries.map((e) => [e.value, e.unit])).toEqual([
      [13.2, "%"],
      [4.1, "points"],
      [9.1, "%"],
    ]);
    expect(provenance).toEqual([]);
  });
});

describe("a list of bare counts sharing the noun after its last one", () => {
  it("counts that noun in every number of the list", () => {
    const e = entriesOfSentence("The three belts hold 14, 8 and 5 townships respectively.");
    expect(e.get("14")).toMatchObject({ kind: "count", unit: "townships", value: 14 });
    expect(e.get("8")).toMatchObject({ kind: "count", unit: "townships", value: 8 });
  });
});

describe("a multiple written 'N-fold'", () => {
  it("is a count of times, written with its '-fold'", () => {
    const e = entriesOfSentence("The herd grew to 4.5-fold that of 2010.");
    expect([...e.values()].find((x) => x.value === 4.5)).toMatchObject({
      unit: "times",
      written: "4.5-fold",
    });
  });
});
