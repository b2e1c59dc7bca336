// "How many people per registered low-income household": the unit of an average may follow two
// modifiers; with one allowed, the unit was missed and the average was taken over people instead.
import { describe, expect, it } from "vitest";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const read = (q: string) => understand(q, fromTerms({}));

describe("understand: the unit after 'per' and its modifiers", () => {
  it("reads the unit past two modifiers", () => {
    expect(
      read("How many people per registered low-income household were there on average?").derivation,
    ).toEqual({
      type: "average",
      perUnit: "households",
    });
  });

  it("still reads the unit right after 'per'", () => {
    expect(read("How much was invested per village?").derivation).toEqual({
      type: "average",
      perUnit: "villages",
    });
  });
});
