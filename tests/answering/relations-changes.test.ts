// relations.ts on sentences of a made-up report in another translator's words: a rate or a multiple
// written after the figure ("21.3% more than in 2011", "1.6 times as much as in 2011"), a whole whose
// "of which" names its part before the part's figure, and a nounless count's stated plan.
import { afterAll, describe, expect, it } from "vitest";
import type { NumericEntry } from "../../src/knowledge/schema.js";
import { changeOf, planOf, wholeOf } from "../../src/answering/relations.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

const engine = () =>
  madeUpGansuEngine({
    Overview:
      " The province put RMB 182 million into the training, 21.3% more than in 2011. Banks lent RMB 6.7 billion of poverty alleviation loans, 1.6 times as much as in 2011. The total investment in relocation amounted to 412 million yuan, of which central and provincial subsidies were 128 million yuan.",
    "Funds by source":
      " Of the total, 96 million yuan was county relief funds and 40 million yuan was bank loans. The county relief funds realized a net increase of 12 million yuan over the previous year.",
    Relocation:
      " The province moved 4,260 households out of areas with poor living conditions, fulfilling 106.5% of the plan of 4,000 households.",
    "Rain Plan":
      " The province trained 96,500 poor labourers, 107.2% of the target of 90,000 set at the start of the year.",
    "Entire village advancement":
      " The annual plan of the province was to carry out entire village advancement in 1,200 poor villages. The number of villages that actually completed entire village advancement reached 1,250, fulfilling 104.2% of the annual plan.",
  });
const find = (written: string) => {
  const { index } = engine();
  const at = index.kb.entries.findIndex((e) => e.written === written);
  return { e: index.kb.entries[at] as NumericEntry, at, index };
};

describe("relations: changes, wholes and plans written the other translator's way", () => {
  it("reads a change in the next sentence that opens on the figure's own label", () => {
    const { e, at, index } = find("96 million yuan");
    expect(changeOf(e, at, index)?.changes.map((c) => c.written)).toContain("12 million yuan");
    const bank = find("40 million yuan");
    expect(changeOf(bank.e, bank.at, bank.index)).toBeUndefined();
  });

  it("reads 'N% more than in YEAR' after a figure as its rate of change", () => {
    const { e, at, index } = find("RMB 182 million");
    const change = changeOf(e, at, index);
    expect(change?.direction).toBe("up");
    expect(change?.changes.map((c) => c.written)).toContain("21.3%");
  });

  it("reads 'N times as much as in YEAR' after a figure as a multiple of the year before", () => {
    const { e, at, index } = find("RMB 6.7 billion");
    expect(changeOf(e, at, index)?.changes.map((c) => c.written)).toContain("1.6 times");
    expect(engine().answer("How much did banks lend in poverty alleviation loans in 2011?")).toMatchObject({
      type: "derived",
      value: 4187500000,
    });
  });

  it("reads 'of which <the part's name> were N' as the part of the whole before it", () => {
    const { e, at, index } = find("128 million yuan");
    expect(wholeOf(e, at, index)?.written).toBe("412 million yuan");
  });

  it("never gives a plan itself as its own plan's result", () => {
    const { e, at, index } = find("4,000 households");
    expect(planOf(e, at, index)?.stated?.id).not.toBe(e.id);
    const moved = find("4,260 households");
    expect(planOf(moved.e, moved.at, moved.index)).toMatchObject({ value: 4000 });
  });

  it("takes the plan right after a share that agrees with it, whatever unit its words gave it", () => {
    const { e, at, index } = find("96,500 poor labourers");
    expect(planOf(e, at, index)).toMatchObject({ value: 90000 });
  });

  it("gives a nounless count the stated plan its share agrees with", () => {
    const { e, at, index } = find("1,250");
    expect(planOf(e, at, index)).toMatchObject({ value: 1200 });
  });
});
