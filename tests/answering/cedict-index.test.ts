// CC-CEDICT's entries are found through one sorted array of offsets: every entry of a headword, in
// the file's order (a name before the common word), and nothing for a headword that has none.
import { describe, expect, it } from "vitest";
import { offsetsOf, sortedByHeadword } from "../../src/answering/zh-gloss.js";

describe("the headword index of CC-CEDICT", () => {
  // Offsets stand for entries; their headwords in file order, with repeats and shared prefixes.
  const heads = ["b", "a", "ab", "a", "c", "ab", "a"];
  const offsets = heads.map((_, i) => i * 10);
  const headAt = (offset: number) => heads[offset / 10]!;
  const index = sortedByHeadword(offsets, heads);

  it("orders entries by headword, keeping file order among one headword's entries", () => {
    expect([...index]).toEqual([10, 30, 60, 20, 50, 0, 40]);
  });

  it("finds every entry of a headword, in file order", () => {
    expect(offsetsOf(index, headAt, "a")).toEqual([10, 30, 60]);
    expect(offsetsOf(index, headAt, "ab")).toEqual([20, 50]);
    expect(offsetsOf(index, headAt, "c")).toEqual([40]);
  });

  it("finds nothing for a headword it lacks, before, between or after the others", () => {
    for (const key of ["", "0", "aa", "abc", "bb", "d"]) expect(offsetsOf(index, headAt, key)).toEqual([]);
  });
});
