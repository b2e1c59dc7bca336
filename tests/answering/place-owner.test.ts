// A county or city the question names, and a figure whose sentence gives it for the province or
// another place (place-owner.ts). Sentences and places of our own.
import { describe, expect, it } from "vitest";
import { givenForAnotherPlace, placesNamed } from "../../src/answering/place-owner.js";

const places = new Set(["xiping", "song", "lushi"]);

describe("placesNamed", () => {
  it("reads the name word before a place kind, not a determiner or a province", () => {
    expect(placesNamed("In Xiping County and Nanyang City, each county built roads.")).toEqual([
      "Xiping",
      "Nanyang",
    ]);
    expect(placesNamed("Hubei Province and the key counties")).toEqual([]);
  });

  it("takes lower-case names only when asked to (a question may be typed in lower case)", () => {
    expect(placesNamed("how many in xiping county")).toEqual([]);
    expect(placesNamed("how many in xiping county", false)).toEqual(["xiping"]);
  });
});

describe("givenForAnotherPlace", () => {
  const asked = "How many households were moved out of the mountains in Xiping County?";

  it("is true when the sentence gives the figure for the province and never names the place asked", () => {
    const province = "In 2012, Hubei Province moved 900 households out of mountain areas.";
    expect(givenForAnotherPlace(asked, province, "Hubei", places)).toBe(true);
    const whole = "Across the whole province, 900 households were moved out of mountain areas.";
    expect(givenForAnotherPlace(asked, whole, "Hubei", places)).toBe(true);
  });

  it("is true when the sentence gives it for another named place", () => {
    const other = "Lushi County moved 300 households out of mountain areas.";
    expect(givenForAnotherPlace(asked, other, "Hubei", places)).toBe(true);
  });

  it("is false when the sentence names the place asked, or names no place at all", () => {
    const own = "Hubei Province moved 120 households out of the mountains in Xiping County.";
    expect(givenForAnotherPlace(asked, own, "Hubei", places)).toBe(false);
    expect(givenForAnotherPlace(asked, "The county moved 120 households.", "Hubei", places)).toBe(false);
  });

  it("is false when the report names no such place: a slip in an adjective is no place's name", () => {
    const slip = "How many mountanous counties did Hubei Province cover?";
    const sentence = "Hubei Province covered 32 mountainous counties.";
    expect(givenForAnotherPlace(slip, sentence, "Hubei", places)).toBe(false);
    expect(givenForAnotherPlace("How many in Dengzhou City?", sentence, "Hubei", places)).toBe(false);
  });
});
