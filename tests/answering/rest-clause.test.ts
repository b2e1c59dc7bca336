// "Of the people relocated, N settled in towns and the rest in central villages": the rest is the
// whole the opener names minus N (rest-clause.ts restOfClause), asked without a computation word;
// a question about the part itself is not answered with the rest. A small made-up report loaded from disk.
import { afterAll, describe, expect, it } from "vitest";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

describe("restOfClause: the rest a sentence implies", () => {
  const engine = madeUpGansuEngine({
    Relocation:
      "In 2012, the province moved 74,310 poor people out of deep mountains, against an annual task of 65,000 people. Of the people relocated, 48,200 settled in county towns and central townships and the rest in central villages.",
  });

  it("gives the whole minus the part for the rest, both cited", () => {
    const a = engine.answer("How many of the relocated people ended up in central villages?");
    expect(a).toMatchObject({ type: "derived", value: 26_110 });
    expect(a.text).toContain("74,310 poor people − 48,200");
  });

  it("computes no rest when the question's words are the part's", () => {
    expect(engine.answer("How many relocated people settled in county towns?").type).not.toBe("derived");
  });
});

describe('restOfClause: the rest after an "of which" part', () => {
  const engine = madeUpGansuEngine({
    "Mutual Funds":
      "In 2012, pilot mutual funds ran in 300 villages, with total capital of 90 million yuan, of which 60 million yuan came from the budget and the rest was paid in by the member farmers. Loans to 12,000 households were made.",
    Roads:
      "Road building cost 500 million yuan, of which 200 million yuan came from the province, 100 million yuan from the counties and the rest from the villagers.",
  });

  it("gives the whole minus the one part, both cited", () => {
    const a = engine.answer("How much capital did the member farmers pay in themselves?");
    expect(a).toMatchObject({ type: "derived", value: 30_000_000 });
    expect(a.text).toContain("90 million yuan − 60 million yuan");
  });

  it("computes no rest when two parts come before it", () => {
    const a = engine.answer("How much of the road money came from the villagers?");
    expect(a.type === "derived" && a.value === 300_000_000).toBe(false);
    expect(a.type === "derived" && a.value === 400_000_000).toBe(false);
  });
});

describe("restOfClause: the rest after a list whose whole is the sentence before's", () => {
  const engine = madeUpGansuEngine({
    "East-West cooperation":
      "In 2012, the province provided 300 million yuan of aid funds to its paired regions in Yunnan. Qujing City and Zhaotong City received 120 million and 100 million yuan respectively, and the remainder went to Lijiang City. Enterprises invested 2 billion yuan in 40 projects.",
  });

  it("gives the whole less every item of the list, all cited", () => {
    const a = engine.answer("How much of the aid to the paired regions in Yunnan ended up in Lijiang City?");
    expect(a).toMatchObject({ type: "derived", value: 80_000_000 });
    expect(a.text).toContain("300 million yuan − 120 million − 100 million yuan");
  });

  it("gives no rest when the question names an item of the list", () => {
    const a = engine.answer("How much did Qujing City receive?");
    expect(a).toMatchObject({ type: "figure", value: 120_000_000 });
  });
});
