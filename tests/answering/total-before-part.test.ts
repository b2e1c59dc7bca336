// A total asked is answered by a breakdown's total, not by another breakdown's part named as asked.
import { describe, expect, it } from "vitest";
import { fromTerms } from "../../src/knowledge/glossary.js";
import type { Entry, Group } from "../../src/knowledge/schema.js";
import type { RankedEntry } from "../../src/answering/rank.js";
import type { SearchIndex } from "../../src/answering/search-index.js";
import { totalBeforePart } from "../../src/answering/total-before-part.js";
import { understand } from "../../src/answering/understand.js";

const ranked = (id: string, coverage: number): RankedEntry => ({
  index: 0,
  slot: 0,
  entry: { id, kind: "money", label: id, context: "", value: 1, unit: "Yuan" } as unknown as Entry,
  score: coverage,
  coverage,
  local: coverage,
  precision: 1,
  rank: coverage,
});
const group = (total: string, parts: string[]) =>
  ({ id: total, title: total, type: "parts", total, parts }) as Group;
const indexOf = (groups: Group[]) => {
  const byTotal = new Map<string, Group[]>();
  const byPart = new Map<string, Group[]>();
  for (const g of groups) {
    byTotal.set(g.total, [...(byTotal.get(g.total) ?? []), g]);
    for (const p of g.parts) byPart.set(p, [...(byPart.get(p) ?? []), g]);
  }
  return { groupsByTotal: byTotal, groupsByPart: byPart } as unknown as SearchIndex;
};
const read = (q: string) => understand(q, fromTerms({}));

describe("totalBeforePart", () => {
  const villagePart = ranked("village-financial-funds", 0.96);
  const statedTotal = ranked("financial-funds-all-levels", 0.96);
  const villageTotal = ranked("village-funds-invested", 0.96);
  const index = indexOf([
    group("village-funds-invested", ["village-financial-funds", "village-credit-funds"]),
    group("financial-funds-all-levels", ["central-funds", "provincial-funds"]),
  ]);
  const totalAsked = read("what was the total amount of financial aid money in 2013?");

  it("puts a breakdown's total before another breakdown's part when a total is asked", () => {
    const out = totalBeforePart(totalAsked, index, [villagePart, villageTotal, statedTotal]);
    expect(out[0]).toBe(statedTotal);
  });

  it("never the part's own breakdown's total, which adds other kinds of money to it", () => {
    expect(totalBeforePart(totalAsked, index, [villagePart, villageTotal])[0]).toBe(villagePart);
  });

  it("leaves the ranking when no total is asked or the total matches clearly worse", () => {
    const plain = read("how much financial aid money went to the villages in 2013?");
    expect(totalBeforePart(plain, index, [villagePart, statedTotal])[0]).toBe(villagePart);
    expect(totalBeforePart(totalAsked, index, [villagePart, { ...statedTotal, coverage: 0.8 }])[0]).toBe(
      villagePart,
    );
  });
});
