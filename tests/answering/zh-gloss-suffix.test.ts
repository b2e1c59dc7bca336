// A suffix CC-CEDICT names in a sense ("-ly" for the adverb marker 地) is no content word: a compound
// the dictionary lacks that ends in it (易地) gives no "ly" to search for.
import { describe, expect, it } from "vitest";
import { glossWord } from "../../src/answering/zh-gloss.js";

describe("glossWord: suffixes in a sense", () => {
  it("reads no suffix as a word", () => {
    expect(glossWord("易地", "n").split(" ")).not.toContain("ly");
    expect(glossWord("慢慢地", "d").split(" ")).not.toContain("ly");
  });

  it("keeps hyphened words whole", () => {
    expect(glossWord("扶贫", "v")).not.toMatch(/(?:^| )-/);
  });
});
