// A giver's part asked without naming a programme is its part of the widest breakdown, not a
// programme's share of it (widest-part.ts). Labels, sections and questions of our own.
import { describe, expect, it } from "vitest";
import { fromTerms } from "../../src/knowledge/glossary.js";
import type { Entry, Group } from "../../src/knowledge/schema.js";
import type { RankedEntry } from "../../src/answering/rank.js";
import type { SearchIndex } from "../../src/answering/search-index.js";
import { understand } from "../../src/answering/understand.js";
import { widestPartFirst } from "../../src/answering/widest-part.js";

const FUNDS = "Investment of poverty relief funds";
const RESETTLEMENT = "Resettlement for poverty relief";
const entry = (id: string, label: string, section: string, value: number) =>
  ({
    id,
    report: "ruritania-2020",
    kind: "money",
    label,
    section,
    context: "",
    value,
    unit: "Yuan",
  }) as unknown as Entry;
const ranked = (e: Entry, coverage = 0.9): RankedEntry => ({
  index: 0,
  slot: 0,
  entry: e,
  score: coverage,
  coverage,
  local: coverage,
  precision: 1,
  rank: coverage,
});

const allFunds = entry("all", "Poverty relief funds (total)", FUNDS, 5e9);
const provinceAll = entry("prov-all", "Funds came from the province", FUNDS, 2e9);
const resettled = entry("res", "Funds invested (total)", RESETTLEMENT, 1e9);
const provinceRes = entry("prov-res", "Funds invested from the province", RESETTLEMENT, 4e8);
const index = (() => {
  const groups = [
    { id: "g1", title: "g1", type: "parts", total: "all", parts: ["prov-all"] },
    { id: "g2", title: "g2", type: "parts", total: "res", parts: ["prov-res"] },
  ] as Group[];
  const byPart = new Map(groups.flatMap((g) => g.parts.map((p) => [p, [g]] as const)));
  const byId = new Map([allFunds, provinceAll, resettled, provinceRes].map((e) => [e.id, e]));
  return { groupsByPart: byPart, kb: { byId } } as unknown as SearchIndex;
})();
const read = (q: string) => understand(q, fromTerms({}));

describe("widestPartFirst", () => {
  it("puts the giver's part of the widest breakdown before a programme's part", () => {
    const q = read("How much poverty relief money did the province give?");
    const out = widestPartFirst(q, index, [ranked(provinceRes), ranked(provinceAll)]);
    expect(out[0]!.entry.id).toBe("prov-all");
  });

  it("keeps the programme's part when the question names the programme", () => {
    const q = read("How much did the province give for resettlement?");
    expect(widestPartFirst(q, index, [ranked(provinceRes), ranked(provinceAll)])[0]!.entry.id).toBe(
      "prov-res",
    );
  });

  it("keeps the best when the wider part matches worse or is no part of a larger whole", () => {
    const q = read("How much poverty relief money did the province give?");
    expect(widestPartFirst(q, index, [ranked(provinceRes), ranked(provinceAll, 0.8)])[0]!.entry.id).toBe(
      "prov-res",
    );
    expect(widestPartFirst(q, index, [ranked(provinceAll), ranked(provinceRes)])[0]!.entry.id).toBe(
      "prov-all",
    );
  });
});
