// A names question that states how many names there are ("what are the four pilot areas") is
// answered as the whole list only with that many: fewer names read are said to be part of it, the
// sentence that counts them quoted. "On the list of …" asks for the list itself: the word names no
// topic. The report is made up for this test (invented places and figures).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/answering/engine.js";
import { madeUpEngine, madeUpMeta, removeMadeUpReports } from "../support/knowledge.js";

const REPORT = [
  "Poverty Alleviation in Dale Province",
  "【Pilot areas】The four pilot areas are the Alder area, the area south of the Birch Canal, the Cedar Hill area and the Dune border area. The pilot areas received 120 million Yuan of poverty alleviation funds.",
  "【Model towns】The five model towns were the Elm town and the Fir town. The model towns built 40 km of roads.",
  "【Key counties】In 2013, key counties received 300 million yuan of poverty alleviation funds in all. The key counties spent 20 million yuan on training. The key counties built 90 km of roads. The six key counties, namely Gale County, Hale County, Isle County, Jade County, Kale County and Lake District, enjoyed the preferential policies.",
].join("\n\n");

let engine: Engine;
beforeAll(() => {
  engine = madeUpEngine(`${REPORT}\n`, madeUpMeta("Dale", 2013, "Dale Province"));
});
afterAll(removeMadeUpReports);

describe("a names question stating a count", () => {
  it("lists the names when as many are read as it states", () => {
    const a = engine.answer("What are the four pilot areas?");
    expect(a.type).toBe("list");
    expect(a.items).toEqual([
      "Alder area",
      "area south of the Birch Canal",
      "Cedar Hill area",
      "Dune border area",
    ]);
  });

  it("says the list is partial, with the counting sentence quoted, when fewer names are read than it states", () => {
    const a = engine.answer("What are the five model towns?");
    expect(a.items).toEqual(["Elm town", "Fir town"]);
    expect(a.text).toMatch(/^The report counts 5 but I read only 2 /);
    expect(a.text).toContain("The five model towns were");
  });
});

describe("a names question asking what is on a list", () => {
  it("reads the names from the section's naming sentence", () => {
    const a = engine.answer("Which counties are on the list of key counties for poverty alleviation?");
    expect(a.type).toBe("list");
    expect(a.items).toContain("Gale County");
    expect(a.items).toContain("Lake District");
  });
});
