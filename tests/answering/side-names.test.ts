// A side naming a place by its name takes only a figure whose sentence writes that name
// (side-names.ts, used by compute.ts combine and judge.ts).
import { afterAll, describe, expect, it } from "vitest";
import { namesOfSide, writesSideName } from "../../src/answering/side-names.js";
import type { Entry } from "../../src/knowledge/schema.js";
import { madeUpGansuEngine, removeMadeUpReports } from "../support/knowledge.js";

afterAll(removeMadeUpReports);

const engine = madeUpGansuEngine({
  "Contiguous areas":
    "The province has 43 counties in three contiguous areas, namely the Funiu Mountain Area, the Dabie Mountain Area and the Tongbai Mountain Area, with 28, 9 and 6 counties respectively. In 2012, the province invested 2.4 billion yuan in the contiguous areas, of which 1.7 billion yuan went to the Funiu Mountain Area, accounting for 70.8% of the total.",
  "Lottery fund":
    "The lottery fund projects were carried out in three counties. The total investment was 168.6 million yuan, of which 60 million yuan was the central lottery fund.",
});

const rivers = madeUpGansuEngine({
  "River areas":
    "In 2012, the Huaibin Area got 210 million Yuan and the Xixia Area got 160 million Yuan of river works funds.",
});

describe("sides named by a place's name", () => {
  it("adds no figures whose sentences never write the names asked", () => {
    const a = engine.answer(
      "How much of the contiguous-area investment went to the Dabie and Tongbai mountain areas together?",
    );
    expect(a.type).not.toBe("derived");
  });

  it("reads a side's names as the words a report writes only capitalised", () => {
    expect(namesOfSide("the dabie mountain area", [], engine.index)).toEqual(["dabie"]);
    expect(namesOfSide("the contiguous mountain areas", [], engine.index)).toEqual([]);
  });

  it("takes a figure for a named side only from a sentence that writes the name", () => {
    const sentence = "Of which 1.7 billion yuan went to the Funiu Mountain Area.";
    const e = { sentence } as Entry;
    expect(writesSideName(e, ["funiu"])).toBe(true);
    expect(writesSideName(e, ["dabie"])).toBe(false);
    expect(writesSideName(e, [])).toBe(true);
  });

  it("still weighs figures whose sentence writes the names", () => {
    const a = rivers.answer("Which got more money in 2012, the Huaibin Area or the Xixia Area?");
    expect(a).toMatchObject({ type: "comparison", value: 210_000_000 });
    expect(rivers.answer("How much did the Huaibin and Xixia areas get together?")).toMatchObject({
      type: "derived",
      value: 370_000_000,
    });
  });
});
