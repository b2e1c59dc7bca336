// Hectares are an area, as mu and square meters are (extract.ts classify): a question about land
// ("how many hectares …") looks among areas, where a count of hectares was pushed down.
import { describe, expect, it } from "vitest";
import { ZH_UNITS } from "../../src/knowledge/units.js";
import { entriesOfSentence } from "../support/knowledge.js";

const read = entriesOfSentence;

describe("hectares", () => {
  it("are an area figure, with the hectares written in it", () => {
    const e = read("Farmers planted 9,000 hectares of walnut trees and 1 hectare of seedlings.");
    expect(e.get("9-000-hectares")).toMatchObject({
      kind: "area",
      unit: "hectares",
      value: 9000,
      written: "9,000 hectares",
    });
    expect(e.get("1-hectare")).toMatchObject({ kind: "area", unit: "hectares", value: 1 });
  });

  it("have a Chinese measure word", () => {
    expect(ZH_UNITS.hectares).toBe("公顷");
  });
});
