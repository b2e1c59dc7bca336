// English's regular inflections undone: every spelling of the base a form may have.
import { describe, expect, it } from "vitest";
import { inflectedBases } from "../../src/text/inflections.js";

const bases = (w: string) => inflectedBases(w).map((b) => b.base);

describe("inflectedBases", () => {
  it("undoes -s, -es after a hissing sound, and -ies", () => {
    expect(bases("revamps")).toEqual(["revamp"]);
    expect(bases("boxes")).toEqual(["box"]);
    expect(bases("carries")).toEqual(["carry"]);
    // After another letter the "e" is the base's own.
    expect(bases("doles")).toEqual(["dole"]);
    expect(bases("glass")).toEqual([]);
  });

  it("undoes -ed and -ing with the base's own 'e' and a doubled consonant", () => {
    expect(bases("doled")).toEqual(expect.arrayContaining(["dole"]));
    expect(bases("mapped")).toEqual(expect.arrayContaining(["map"]));
    expect(bases("doling")).toEqual(expect.arrayContaining(["dole"]));
    expect(bases("carried")).toEqual(expect.arrayContaining(["carry"]));
    expect(inflectedBases("doled").every((b) => b.verb)).toBe(true);
  });
});
