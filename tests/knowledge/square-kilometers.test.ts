// A kilometre squared measures land, as mu and hectares do (extract.ts classify), and a question
// asking in "sq km" looks among areas, not lengths (understand.ts AREA_CUE before LENGTH_CUE).
import { describe, expect, it } from "vitest";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";
import { ZH_UNITS } from "../../src/knowledge/units.js";
import { entriesOfSentence } from "../support/knowledge.js";

describe("square kilometers", () => {
  it("are an area figure, with the unit written in it", () => {
    const e = entriesOfSentence(
      "In 2013, 1,080 square kilometers of rocky desertified land were brought under control.",
    );
    expect(e.get("1-080-square-kilometers")).toMatchObject({
      kind: "area",
      unit: "square kilometers",
      value: 1080,
      written: "1,080 square kilometers",
    });
    expect(ZH_UNITS["square kilometers"]).toBe("平方公里");
  });

  it("asked as sq km, km2 or square kilometres, ask for an area; plain km for a length", () => {
    const read = (q: string) => understand(q, fromTerms({}), { names: [] }).kinds;
    expect(read("how many sq km of land got brought under control")).toEqual(["area"]);
    expect(read("How many square kilometres of land were controlled?")).toEqual(["area"]);
    expect(read("How many km of roads were built?")).toEqual(["length"]);
  });
});
