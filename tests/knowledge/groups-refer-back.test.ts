// "… totaled 3.862 billion Yuan. Of the total, …": a sentence that opens by referring back to a
// whole breaks down a figure of the sentence before, when its parts add up to it (groups.ts).
import { describe, expect, it } from "vitest";
import { detectPartsGroups } from "../../src/knowledge/groups.js";
import type { Entry } from "../../src/knowledge/schema.js";
import { moneyEntries } from "./support/money-entries.js";

/** Money entries of one sentence, in the order written (values in millions). */
const money = (sentence: string, figures: [string, number][]) => moneyEntries(sentence, figures, 1e6);
const groupsOf = (entries: Entry[]) => detectPartsGroups(entries).map((g) => [g.total, g.parts]);
const TOTAL = "In 2012, the funds totaled 1,862 million Yuan.";

describe("detectPartsGroups: a breakdown in the sentence after its whole", () => {
  it("groups the parts of 'Of the total, …' under the figure before that they add up to, past a nested level", () => {
    const s =
      "Of the total, 736 million Yuan was financial funds, of which 428 million Yuan was central and 308 million Yuan provincial; 874 million Yuan was integrated funds; and 252 million Yuan was raised by the masses.";
    const entries = [
      ...money(TOTAL, [["1,862 million Yuan", 1862]]),
      ...money(s, [
        ["736 million Yuan", 736],
        ["428 million Yuan", 428],
        ["308 million Yuan", 308],
        ["874 million Yuan", 874],
        ["252 million Yuan", 252],
      ]),
    ];
    expect(groupsOf(entries)).toEqual([
      ["736 million Yuan", ["428 million Yuan", "308 million Yuan"]],
      ["1,862 million Yuan", ["736 million Yuan", "874 million Yuan", "252 million Yuan"]],
    ]);
  });

  it("reads 'were made up of' as referring back too", () => {
    const s =
      "The social funds were made up of 1,000 million Yuan donated by enterprises and 862 million Yuan by institutions.";
    const entries = [
      ...money(TOTAL, [["1,862 million Yuan", 1862]]),
      ...money(s, [
        ["1,000 million Yuan", 1000],
        ["862 million Yuan", 862],
      ]),
    ];
    expect(groupsOf(entries)).toEqual([["1,862 million Yuan", ["1,000 million Yuan", "862 million Yuan"]]]);
  });

  it("reads 'Among them:' as referring back too", () => {
    const s = "Among them: (1) central funds, 1,000 million Yuan; (2) provincial funds, 862 million Yuan.";
    const entries = [
      ...money(TOTAL, [["1,862 million Yuan", 1862]]),
      ...money(s, [
        ["1,000 million Yuan", 1000],
        ["862 million Yuan", 862],
      ]),
    ];
    expect(groupsOf(entries)).toEqual([["1,862 million Yuan", ["1,000 million Yuan", "862 million Yuan"]]]);
  });

  it("groups nothing when the parts do not add up, or the sentence does not refer back", () => {
    const short = "Of the total, 700 million Yuan went to roads and 500 million Yuan to water.";
    expect(
      groupsOf([
        ...money(TOTAL, [["1,862 million Yuan", 1862]]),
        ...money(short, [
          ["700 million Yuan", 700],
          ["500 million Yuan", 500],
        ]),
      ]),
    ).toEqual([]);
    const plain = "Roads got 1,000 million Yuan and water 862 million Yuan.";
    expect(
      groupsOf([
        ...money(TOTAL, [["1,862 million Yuan", 1862]]),
        ...money(plain, [
          ["1,000 million Yuan", 1000],
          ["862 million Yuan", 862],
        ]),
      ]),
    ).toEqual([]);
  });
});
