// "More bridges in A or under B": the counted noun is shared, whatever preposition each side opens with.
import { describe, expect, it } from "vitest";
import { countedBeforeSides } from "../../src/answering/sides.js";

const counts = (p: string) => /^(?:bridges|villages)$/.test(p);

describe("countedBeforeSides", () => {
  it("shares the counted noun and keeps each side's own words after its preposition", () => {
    expect(
      countedBeforeSides("bridges in the project counties", "under village advancement", counts),
    ).toEqual({
      left: "the project counties",
      right: "village advancement",
      common: "bridges",
    });
  });

  it("takes nothing that is not a count before the preposition, nor a side without a preposition", () => {
    expect(
      countedBeforeSides("money in the project counties", "under village advancement", counts),
    ).toBeUndefined();
    expect(
      countedBeforeSides("bridges in the project counties", "village advancement", counts),
    ).toBeUndefined();
  });
});
