// The unit an average is taken over follows "per" after up to two modifiers, hyphenated ones too
// ("per registered low-income household"); read from the counted noun instead, "how many people
// per …" divided households by people (understand.ts PER).
import { describe, expect, it } from "vitest";
import { understand } from "../../src/answering/understand.js";
import { fromTerms } from "../../src/knowledge/glossary.js";

const read = (q: string) => understand(q, fromTerms({}), {});

describe("understand: the unit of an average after modifiers", () => {
  it("reads the unit after two modifiers", () => {
    expect(
      read("How many people per registered low-income household were there on average?").derivation,
    ).toEqual({
      type: "average",
      perUnit: "households",
    });
    expect(read("How much was spent per poor rural household?").derivation).toEqual({
      type: "average",
      perUnit: "households",
    });
  });
});
