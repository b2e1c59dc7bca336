// A part of a breakdown that matches the question beyond its total only by a word of the section's
// title (the programme's word) is no member asked: the total comes first (section-word-part.ts).
// Labels, sections and questions of our own.
import { describe, expect, it } from "vitest";
import { fromTerms } from "../../src/knowledge/glossary.js";
import type { Entry, Group } from "../../src/knowledge/schema.js";
import type { RankedEntry } from "../../src/answering/rank.js";
import type { SearchIndex } from "../../src/answering/search-index.js";
import { totalBeforeSectionWordPart } from "../../src/answering/section-word-part.js";
import { understand } from "../../src/answering/understand.js";

const SECTION = "Resettlement of herders";
const ranked = (id: string, label: string, coverage = 0.9): RankedEntry => ({
  index: 0,
  slot: 0,
  entry: {
    id,
    kind: "money",
    label,
    section: SECTION,
    context: "",
    value: 1,
    unit: "Yuan",
  } as unknown as Entry,
  score: coverage,
  coverage,
  local: coverage,
  precision: 1,
  rank: coverage,
});
const index = (() => {
  const g = { id: "t", title: "t", type: "parts", total: "t", parts: ["p", "c"] } as Group;
  return {
    groupsByTotal: new Map([["t", [g]]]),
    groupsByPart: new Map([
      ["p", [g]],
      ["c", [g]],
    ]),
  } as unknown as SearchIndex;
})();
const read = (q: string) => understand(q, fromTerms({}));

describe("totalBeforeSectionWordPart", () => {
  const families = ranked("p", "Funds invested raised by the resettled families");
  const province = ranked("c", "Funds invested from the province");
  const total = ranked("t", "Funds invested (total)");

  it("puts the total before a part that shares only the programme's word with the question", () => {
    const out = totalBeforeSectionWordPart(read("How much was invested in resettlement?"), index, [
      families,
      total,
    ]);
    expect(out[0]).toBe(total);
  });

  it("keeps a part the question names by words of its own", () => {
    const raised = read("How much did the resettled families raise?");
    expect(totalBeforeSectionWordPart(raised, index, [families, total])[0]).toBe(families);
    const given = read("How much resettlement money came from the province?");
    expect(totalBeforeSectionWordPart(given, index, [province, total])[0]).toBe(province);
  });

  it("leaves the ranking when the total matches clearly worse or is no total of the best", () => {
    const plain = read("How much was invested in resettlement?");
    expect(totalBeforeSectionWordPart(plain, index, [families, { ...total, coverage: 0.7 }])[0]).toBe(
      families,
    );
    expect(totalBeforeSectionWordPart(plain, index, [total, families])[0]).toBe(total);
  });
});
