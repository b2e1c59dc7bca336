// The background word frequencies are a packed table (sorted words in one string, counts in a typed
// array) searched by binary search: every word is found with its own Zipf value, and nothing else is.
import { describe, expect, it } from "vitest";
import { isEnglishWord, packZipf, zipfIn, zipfOf } from "../../src/answering/background.js";

describe("packed Zipf table", () => {
  const pairs: [string, number][] = [
    ["the", 500],
    ["a", 300],
    ["ab", 20],
    ["abc", 10],
    ["zebra", 1],
    ["café", 2],
  ];
  const total = 1000;
  const table = packZipf(pairs, total);

  it("finds every word with its own value", () => {
    for (const [w, c] of pairs) expect(zipfIn(table, w)).toBe(Math.log10((c / total) * 1e9));
  });

  it("does not find a prefix, an extension or a word between two others", () => {
    for (const w of ["", "abcd", "th", "thee", "b", "zebras", "caf"])
      expect(zipfIn(table, w)).toBeUndefined();
  });

  it("reads the real list: common words, a long word and no misspelling", () => {
    expect(zipfOf("the")).toBeGreaterThan(7);
    expect(zipfOf("The")).toBe(zipfOf("the"));
    expect(isEnglishWord("unfortunately")).toBe(true);
    expect(isEnglishWord("qwxzv")).toBe(false);
  });
});
