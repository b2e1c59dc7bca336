// An average the report already states per the unit asked is taken as stated, when it measures
// what the question asks about; a figure per unit of something else is not it.
import { describe, expect, it } from "vitest";
import { fromTerms } from "../../src/knowledge/glossary.js";
import type { Entry } from "../../src/knowledge/schema.js";
import type { RankedEntry } from "../../src/answering/rank.js";
import { statedRate, totalsBeforeRates } from "../../src/answering/stated-rate.js";
import { understand } from "../../src/answering/understand.js";

const ranked = (label: string, coverage: number, value: number): RankedEntry => ({
  index: 0,
  slot: 0,
  entry: { kind: "money", label, context: "", value, unit: "Yuan" } as unknown as Entry,
  score: coverage,
  coverage,
  local: coverage,
  precision: 1,
  rank: coverage,
});
const read = (q: string) => understand(q, fromTerms({}));

describe("statedRate", () => {
  const total = ranked("Well-drilling loans issued (total)", 1, 9_000_000);
  const perHousehold = ranked("Income growth per household from well-drilling loans", 1, 1200);

  it("takes the stated per-household figure over the total it would otherwise be divided from", () => {
    const q = read("how much did each household's income go up from the well-drilling loans?");
    expect(statedRate(q, [total, perHousehold])?.entry.value).toBe(1200);
  });

  it("not when the stated figure measures something other than what is asked", () => {
    const q = read("how much well-drilling loan money was that for each household?");
    expect(statedRate(q, [total, perHousehold])).toBeUndefined();
  });

  it("not when it matches the question clearly worse than the best figure", () => {
    const q = read("how much did each household's income go up from the well-drilling loans?");
    expect(statedRate(q, [total, { ...perHousehold, coverage: 0.6 }])).toBeUndefined();
  });
});

describe("statedRate: the unit asked, in any of its words", () => {
  const people = {
    ...ranked("Rural poor residents lifted out of poverty", 1, 1_033_000),
    entry: {
      kind: "count",
      label: "Rural poor residents lifted out of poverty",
      context: "farmers' per capita net income rose",
      value: 1_033_000,
      unit: "residents",
    } as unknown as Entry,
  };
  const standard = ranked("Minimum living standard per person per year", 1, 2100);

  it("a rate stated per person answers a question asked per capita (and the reverse)", () => {
    const q = read("what was the minimum living standard per capita each year?");
    expect(statedRate(q, [people, standard])?.entry.value).toBe(2100);
  });

  it("a count of the unit itself is no rate of it, whatever its sentence says", () => {
    // No kind of figure is cued here, so only the unit keeps the count out.
    const q = read("what was it per capita for the rural poor residents?");
    expect(statedRate(q, [people])).toBeUndefined();
  });
});

describe("totalsBeforeRates", () => {
  const total = ranked("Well-drilling loans issued (total)", 0.9, 9_000_000);
  const perHousehold = ranked("Income growth per household from well-drilling loans", 0.92, 1200);

  it("puts a total that matches about as well ahead of an amount per unit when no rate is asked", () => {
    const q = read("how much in well-drilling loans was lent out?");
    expect(totalsBeforeRates(q, [perHousehold, total])[0]?.entry.value).toBe(9_000_000);
  });

  it("keeps the rate first when the question asks per unit", () => {
    const q = read("how much did the well-drilling loans give each household?");
    expect(totalsBeforeRates(q, [perHousehold, total])[0]?.entry.value).toBe(1200);
  });

  it("keeps a count first whatever rate its note names", () => {
    const counties = {
      ...ranked("Key counties (per capita income above the average)", 0.92, 44),
      entry: {
        kind: "count",
        label: "Key counties (per capita income above the average)",
        context: "",
        value: 44,
        unit: "counties",
      } as unknown as Entry,
    };
    const q = read("how many key counties are there?");
    expect(totalsBeforeRates(q, [counties, total])[0]?.entry.value).toBe(44);
  });
});

describe("statedRate: a rate in the label before one only in the clause", () => {
  // Made-up figures: a total whose clause names the standard it was paid at, and that standard.
  const total = {
    ...ranked("Housing subsidies at the standard", 1, 90_000_000),
    entry: {
      kind: "money",
      label: "Housing subsidies at the standard",
      context: "90 million Yuan was housing subsidies at the standard of 8,000 Yuan per person",
      value: 90_000_000,
      unit: "Yuan",
    } as unknown as Entry,
  };
  const standard = ranked("Standard per person", 1, 8000);

  it("takes the figure whose own label is per person, not the total beside it", () => {
    const q = read("what is the housing subsidy standard per person?");
    expect(statedRate(q, [total, standard])?.entry.value).toBe(8000);
  });

  it("still takes the clause's rate when no label says per unit", () => {
    const q = read("what is the housing subsidy standard per person?");
    expect(statedRate(q, [total])?.entry.value).toBe(90_000_000);
  });
});

describe("statedRate: a label that opens with its rate", () => {
  it("reads what 'Per capita net income of farmers' measures after its rate", () => {
    const perCapita = ranked("Per capita net income of farmers in the key counties", 1, 5816);
    const counties = ranked("Key counties", 1, 29);
    const q = read("what was the average income per person of farmers in the key counties?");
    expect(statedRate(q, [perCapita, counties])?.entry.value).toBe(5816);
  });
});

describe("statedRate: a stated average asked as an average", () => {
  const threshold = ranked("Orchard income", 1, 50_000);
  const average = ranked("Average orchard income of the hill villages", 1, 32_000);

  it("takes the figure whose label opens on 'average' over an amount it would divide by a count", () => {
    const q = read("what was the average orchard income of the hill villages?");
    expect(statedRate(q, [threshold, average])?.entry.value).toBe(32_000);
  });

  it("not when the question asks for no average", () => {
    const q = read("how much orchard income did the hill villages have per village?");
    expect(statedRate(q, [threshold, average])).toBeUndefined();
  });
});
