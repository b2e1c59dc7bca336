// A list of figures sharing the unit written after its last one (shared-unit.ts, extract.ts classify).
import { describe, expect, it } from "vitest";
import { listUnitAfter } from "../../src/knowledge/shared-unit.js";
import { entriesOfSentence } from "../support/knowledge.js";

describe("a list of figures sharing its last unit", () => {
  it("reads a bare figure in the unit its list ends in", () => {
    const e = entriesOfSentence("The two counties received 23.5 million and 18.6 million Yuan respectively.");
    expect(e.get("23-5-million")).toMatchObject({ kind: "money", unit: "Yuan", value: 23_500_000 });
    expect(listUnitAfter(", 15 and 20 km of roads")).toBe("km");
    expect(listUnitAfter(" and 18.6 million people")).toBeUndefined();
    expect(listUnitAfter(" households and 5 million Yuan")).toBeUndefined();
  });
});
