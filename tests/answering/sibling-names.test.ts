// A figure whose sentence names only others of a list the asked name belongs to is theirs.
import { describe, expect, it } from "vitest";
import { listedNames, namesOnlyListedOthers } from "../../src/answering/sibling-names.js";

const section = [
  "In 2012, the five southern cities of Nanjing, Suzhou, Wuxi, Changzhou and Zhenjiang continued the pairing assistance.",
  "The southern cities provided a total of 1.36 billion Yuan, of which Suzhou and Wuxi contributed 420 million Yuan and 310 million Yuan respectively.",
];
const runs = listedNames(section);

describe("a figure of others listed with the name asked", () => {
  it("is not the asked name's", () => {
    expect(namesOnlyListedOthers("how much did changzhou contribute?", section[1]!, runs)).toBe(true);
  });

  it("is the asked name's when its sentence names it too", () => {
    expect(namesOnlyListedOthers("How much did Wuxi contribute?", section[1]!, runs)).toBe(false);
  });

  it("says nothing when the question names none of the list, or the sentence none of the others", () => {
    expect(namesOnlyListedOthers("How much did the southern cities provide?", section[1]!, runs)).toBe(false);
    expect(
      namesOnlyListedOthers("How much did Changzhou give?", "The cities gave 2 billion Yuan.", runs),
    ).toBe(false);
  });
});
