import { describe, expect, it } from "vitest";
import { isStated, statedNumbers } from "../../src/answering/stated.js";
import type { Entry } from "../../src/knowledge/schema.js";
import { realEngine } from "../support/knowledge.js";

const entry = (written: string) => realEngine().kb.entries.find((e) => e.written === written) as Entry;

describe("statedNumbers: the numbers a question gives", () => {
  it("reads scale words, chat's 'm' and percentages", () => {
    expect(statedNumbers("if 189 thousand people were 105% of the plan")).toEqual([
      { values: [189_000, 189], percent: false },
      { values: [105], percent: true },
    ]);
    expect(statedNumbers("if 36.1174m is 10 percent of it")).toEqual([
      { values: [36_117_400, 36.1174], percent: false },
      { values: [10], percent: true },
    ]);
  });

  it("leaves out years, days of a month and ranks", () => {
    expect(statedNumbers("by october 31, 2011, the 2nd batch")).toEqual([]);
  });
});

describe("isStated: which figures of the report the question gives", () => {
  it("matches the value in the report's unit, a percentage only with a percentage", () => {
    const given = statedNumbers("of the 36.1174 million, 10% of the target");
    expect(isStated(given, entry("36.1174 million Yuan"))).toBe(true);
    expect(isStated(given, entry("10%"))).toBe(true);
    expect(isStated(statedNumbers("10 villages"), entry("10%"))).toBe(false);
    expect(isStated(given, entry("4.418 billion Yuan"))).toBe(false);
  });
});
